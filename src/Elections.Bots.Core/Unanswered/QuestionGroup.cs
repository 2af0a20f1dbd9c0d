using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Core.Unanswered;

/// <summary>Unanswered questions that ask the same thing, as the report shows them.</summary>
/// <param name="Example">The most frequent wording (redacted), to read as the question the office should answer.</param>
/// <param name="Terms">The canonical words the group was matched on (analyzer terms of <paramref name="Example"/>).</param>
/// <param name="Wordings">Distinct wordings in the group, most frequent first.</param>
/// <param name="Channels">How many of the questions came from each channel.</param>
public sealed record QuestionGroup(
    Locale Locale,
    int Count,
    string Example,
    ImmutableArray<string> Terms,
    ImmutableArray<string> Wordings,
    ImmutableDictionary<Channel, int> Channels,
    int CloseCalls,
    DateOnly FirstDay,
    DateOnly LastDay);
