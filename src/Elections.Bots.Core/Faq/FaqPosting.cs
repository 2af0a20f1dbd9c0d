namespace Elections.Bots.Core.Faq;

/// <summary>
/// One entry a term occurs in: which of its phrasings (bit i = question when i is 0, else alternate i) and how
/// often in the answer.
/// </summary>
internal readonly record struct FaqPosting(int Entry, byte Phrasings, byte AnswerCount);
