namespace Elections.Bots.Cli.Serve.Api;

/// <summary>One group of questions that ask the same thing (redacted wordings, never a voter's raw words).</summary>
/// <param name="Wordings">Distinct wordings, most frequent first, at most three.</param>
/// <param name="Channels">Where they were asked, e.g. "web 3, alexa 1".</param>
/// <param name="ClosestFaqId">The FAQ entry that came closest, or null when none shares a word.</param>
internal sealed record UnansweredGroupView(
    int Count,
    string Locale,
    string Example,
    IReadOnlyList<string> Wordings,
    string Channels,
    string? ClosestFaqId,
    string? ClosestFaqQuestion,
    double? ClosestScore);
