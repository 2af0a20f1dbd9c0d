using Elections.Bots.Core.Faq;
using Elections.Bots.Core.Unanswered;

namespace Elections.Bots.Cli.Report;

/// <summary>One line of the report: a group of questions and the FAQ entry that comes closest to answering them.</summary>
internal sealed record UnansweredRow(int Rank, QuestionGroup Group, FaqHit? Closest);
