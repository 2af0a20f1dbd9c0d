namespace Elections.Bots.Core.Dialog;

/// <summary>
/// Which facts produced a reply: for <c>ask --json</c>, tests and the per-turn log line. Holds ids only, never
/// what the voter said. <see cref="SuggestedFaqId"/>: the nearest FAQ entry offered as a choice when none answered.
/// </summary>
public sealed record AnswerTrace(
    string Intent,
    string? FaqId = null,
    double? FaqScore = null,
    string? PrecinctId = null,
    ImmutableArray<string> LocationIds = default,
    string? ElectionId = null,
    string? DatasetVersion = null,
    string? Detail = null,
    string? SuggestedFaqId = null)
{
    public ImmutableArray<string> LocationIds { get; init; } = LocationIds.IsDefault ? [] : LocationIds;
}
