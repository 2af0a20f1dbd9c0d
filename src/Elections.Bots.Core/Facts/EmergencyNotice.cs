namespace Elections.Bots.Core.Facts;

/// <summary>
/// A notice the office needs every affected voter to hear first (a moved polling place, extended hours).
/// </summary>
/// <remarks>
/// Scope: <see cref="PrecinctIds"/> and <see cref="LocationIds"/> both empty means everywhere; otherwise the
/// notice is said on answers about those precincts or those places. <see cref="ValidUntil"/> is an instant, so a
/// notice can end at a given hour.
/// </remarks>
public sealed record EmergencyNotice(
    string Id,
    string TextEnglish,
    string? TextSpanish,
    string? Uri,
    ImmutableArray<string> PrecinctIds,
    ImmutableArray<string> LocationIds,
    DateTimeOffset? ValidUntil)
{
    public bool IsEverywhere => PrecinctIds.IsDefaultOrEmpty && LocationIds.IsDefaultOrEmpty;

    public bool IsActiveAt(DateTimeOffset now) => ValidUntil is null || now < ValidUntil;

    public string TextFor(Locale locale) =>
        locale == Locale.Spanish && !string.IsNullOrWhiteSpace(TextSpanish) ? TextSpanish : TextEnglish;
}
