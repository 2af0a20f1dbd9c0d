namespace Elections.Bots.Core.Understanding;

/// <summary>
/// One row of an evaluation set (<c>samples/millbrook/eval-questions.csv</c>): a question and what should answer
/// it — a FAQ id, <c>intent:Name</c>, or <see cref="NoAnswer"/> when the bot must not answer confidently.
/// </summary>
public sealed record EvaluationQuestion(Locale Locale, string Question, string Expected)
{
    public const string NoAnswer = "none";
    public const string IntentPrefix = "intent:";

    public bool ExpectsNoAnswer => Expected == NoAnswer;

    /// <summary>The intent name when <see cref="Expected"/> is <c>intent:Name</c>.</summary>
    public string? ExpectedIntent => Expected.StartsWith(IntentPrefix, StringComparison.Ordinal) ? Expected[IntentPrefix.Length..] : null;

    /// <summary>The FAQ id when <see cref="Expected"/> names one.</summary>
    public string? ExpectedFaqId => ExpectsNoAnswer || ExpectedIntent is not null ? null : Expected;
}
