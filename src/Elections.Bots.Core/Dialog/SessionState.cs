namespace Elections.Bots.Core.Dialog;

/// <summary>
/// What the engine remembers between turns of one conversation. It travels in the channel's session
/// attributes (see <see cref="SessionStateCodec"/>) and dies with the conversation; it is never stored or logged.
/// </summary>
/// <param name="Address">The address the voter gave, as they gave it, reused for follow-ups ("and early voting?").</param>
/// <param name="PendingIntent">An intent waiting for the address.</param>
/// <param name="AddressAttempts">How many addresses the engine could not use in a row for the pending intent.</param>
/// <param name="Choices">Targets of the numbered choices last offered (<c>faq:ID</c> or <c>intent:NAME</c>).</param>
/// <param name="NegativeTurns">Voter turns in a row that the channel read as negative.</param>
/// <param name="PreferredLocale">A language the voter asked for, overriding the channel's locale.</param>
public sealed record SessionState(
    string? Address = null,
    string? PendingIntent = null,
    int AddressAttempts = 0,
    ImmutableArray<string> Choices = default,
    int NegativeTurns = 0,
    Locale? PreferredLocale = null,
    string? LastIntent = null)
{
    public static readonly SessionState New = new();

    public ImmutableArray<string> Choices { get; init; } = Choices.IsDefault ? [] : Choices;
}
