namespace Elections.Bots.Core.Facts;

/// <summary>One row of the office's FAQ file (<c>faq.csv</c>): one question in one locale.</summary>
/// <remarks>
/// <see cref="Voice"/> is the answer written for speech (no URLs); <see cref="Sms"/> fits one text message.
/// An entry answers only from <see cref="ValidFrom"/> through <see cref="ValidUntil"/> (local dates, inclusive).
/// </remarks>
public sealed record FaqEntry(
    string Id,
    Locale Locale,
    string Category,
    string Question,
    string Answer,
    ImmutableArray<string> Alternates,
    string? Voice,
    string? Sms,
    string? Url,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    string? Source)
{
    public bool IsValidOn(DateOnly day) =>
        (ValidFrom is null || day >= ValidFrom) && (ValidUntil is null || day <= ValidUntil);
}
