namespace Elections.Bots.Core.Facts;

/// <summary>
/// Everything one dataset version holds except the bulk of the street segments: small enough to cache whole
/// in every Lambda container, and immutable, so a turn always reads one consistent version.
/// </summary>
/// <remarks>
/// Street segments that name a street are fetched per street through <see cref="Ports.IFactStore"/>; only the
/// town-wide ones (<c>includes_all_streets</c>) live here, because any address in those towns needs them.
/// </remarks>
public sealed class ElectionFacts
{
    private Faq.FaqIndex? _faqIndex;

    public required string DatasetVersion { get; init; }
    public required string JurisdictionName { get; init; }
    public string? StateCode { get; init; }
    public ImmutableArray<Election> Elections { get; init; } = [];
    public required ElectionOffice Office { get; init; }
    public ElectionOffice? StateOffice { get; init; }
    public FrozenDictionary<string, Precinct> Precincts { get; init; } = FrozenDictionary<string, Precinct>.Empty;
    public FrozenDictionary<string, PollingLocation> Locations { get; init; } = FrozenDictionary<string, PollingLocation>.Empty;

    /// <summary>Places listed on the locality or the state: county-wide early voting and drop boxes.</summary>
    public ImmutableArray<string> JurisdictionWideLocationIds { get; init; } = [];

    /// <summary>True when the locality is mail-only (VIP <c>locality.is_mail_only</c>): every precinct is.</summary>
    public bool IsMailOnlyJurisdiction { get; init; }

    public ImmutableArray<StreetSegment> TownWideSegments { get; init; } = [];

    /// <summary>Normalized ZIP codes and city names the street segments cover, to tell "not in this county" apart.</summary>
    public FrozenSet<string> ServedZips { get; init; } = FrozenSet<string>.Empty;
    public FrozenSet<string> ServedCities { get; init; } = FrozenSet<string>.Empty;

    public ImmutableArray<FaqEntry> Faq { get; init; } = [];
    public ImmutableArray<EmergencyNotice> Notices { get; init; } = [];

    /// <summary>The FAQ search index, built once per dataset version on first use.</summary>
    public Faq.FaqIndex FaqIndex => _faqIndex ??= new Faq.FaqIndex(Faq);

    /// <summary>Locations of one role for a precinct: its own list, then the jurisdiction-wide list, each once.</summary>
    public List<PollingLocation> LocationsFor(Precinct? precinct, LocationRoles role)
    {
        // A handful of places per precinct: looking back through the result is cheaper than a set and an iterator.
        var found = new List<PollingLocation>();
        if (precinct is not null) AddLocations(precinct.PollingLocationIds, role, found);
        AddLocations(JurisdictionWideLocationIds, role, found);
        return found;
    }

    private void AddLocations(ImmutableArray<string> ids, LocationRoles role, List<PollingLocation> found)
    {
        foreach (var id in ids)
        {
            if (Locations.TryGetValue(id, out var location) && location.Is(role) && !Contains(found, location)) found.Add(location);
        }
    }

    private static bool Contains(List<PollingLocation> locations, PollingLocation location)
    {
        foreach (var other in locations)
        {
            if (ReferenceEquals(other, location)) return true;
        }
        return false;
    }
}
