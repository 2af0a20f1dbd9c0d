namespace Elections.Bots.Core.Facts;

/// <summary>A VIP polling_location: an election-day polling place, an early-voting site or a drop box.</summary>
/// <remarks>
/// VIP's rule: <c>is_drop_box</c> makes a drop box, <c>is_early_voting</c> an early-voting site, and neither an
/// election-day place.
/// </remarks>
public sealed record PollingLocation(
    string Id,
    string Name,
    PostalAddress Address,
    string? Directions,
    string? HoursText,
    ImmutableArray<OpeningPeriod> Hours,
    LocationRoles Roles,
    string? PhotoUri = null,
    string? DirectionsSpanish = null)
{
    /// <summary>
    /// Directions in the voter's language. A Spanish answer with only English directions gets them marked as
    /// English (<see cref="LocalizedDirections.IsEnglishOnly"/>): a Spanish voice must not read English aloud.
    /// </summary>
    public LocalizedDirections? DirectionsIn(Locale locale) => (locale, Directions, DirectionsSpanish) switch
    {
        (Locale.Spanish, _, { } spanish) => new LocalizedDirections(spanish, false),
        (Locale.Spanish, { } english, null) => new LocalizedDirections(english, true),
        (_, { } english, _) => new LocalizedDirections(english, false),
        _ => null,
    };

    public bool Is(LocationRoles role) => (Roles & role) == role;
}
