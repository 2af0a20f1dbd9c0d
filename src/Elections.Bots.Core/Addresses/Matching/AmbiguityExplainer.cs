using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Addresses.Matching;

/// <summary>
/// Turns segments that disagree on the precinct into the one question that separates them, asked in the order
/// a voter finds natural: town, then N/S, then street type, then ZIP, then house number, then unit.
/// </summary>
internal static class AmbiguityExplainer
{
    public static AddressMatch Explain(
        StreetQuery query, ParsedAddress address, MatchPlace place, ElectionFacts facts, List<StreetSegment> hits)
    {
        if (!place.IsKnown && Differs(hits, s => s.City))
        {
            var towns = Distinct(hits, s => s.City);
            AddTownWide(facts, towns);
            return Ask(AddressMatchStatus.NeedsZipOrCity, towns);
        }
        if ((query.PreDirectional is null && Differs(hits, s => s.PreDirectional))
            || (query.PostDirectional is null && Differs(hits, s => s.PostDirectional)))
        {
            return Ask(AddressMatchStatus.NeedsDirectional, Distinct(hits, AddressText.StreetLine));
        }
        if (query.Suffix is null && Differs(hits, s => s.StreetSuffix))
        {
            return Ask(AddressMatchStatus.NeedsStreetSuffix, Distinct(hits, AddressText.StreetLine));
        }
        if (place.Zip is null && Differs(hits, s => s.Zip))
        {
            return Ask(AddressMatchStatus.NeedsZipOrCity, Distinct(hits, s => s.Zip));
        }
        if (address.HouseNumber is null) return AddressMatch.NeedsHouseNumber;
        if (address.Unit is null && Distinct(hits, s => s.UnitNumber).Count > 0)
        {
            return Ask(AddressMatchStatus.NeedsUnit, Distinct(hits, s => s.UnitNumber));
        }
        // Overlapping segments with different precincts: a feed error that no question can settle.
        return AddressMatch.NotFound;
    }

    /// <summary>
    /// An address given without town or ZIP could also be in a town the feed covers as a whole, where any
    /// street name may exist: ask rather than assume the street-by-street town.
    /// </summary>
    public static bool TownWideElsewhere(ElectionFacts facts, string city, out AddressMatch question)
    {
        question = AddressMatch.NotFound;
        var towns = new SortedSet<string>(StringComparer.Ordinal) { city };
        AddTownWide(facts, towns);
        if (towns.Count == 1) return false;
        question = Ask(AddressMatchStatus.NeedsZipOrCity, towns);
        return true;
    }

    /// <summary>The street is unknown and some town is covered as a whole: which town is it in?</summary>
    public static AddressMatch AnyTown(ElectionFacts facts) =>
        Ask(AddressMatchStatus.NeedsZipOrCity, new SortedSet<string>(facts.ServedCities, StringComparer.Ordinal));

    private static void AddTownWide(ElectionFacts facts, SortedSet<string> towns)
    {
        foreach (var segment in facts.TownWideSegments)
        {
            if (segment.City.Length > 0) towns.Add(segment.City);
        }
    }

    /// <summary>True when two hits differ in the value; a missing value counts as one.</summary>
    private static bool Differs(List<StreetSegment> hits, Func<StreetSegment, string?> value)
    {
        for (var i = 1; i < hits.Count; i++)
        {
            if (!string.Equals(value(hits[i]), value(hits[0]), StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static SortedSet<string> Distinct(List<StreetSegment> hits, Func<StreetSegment, string?> value)
    {
        var values = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            if (value(hit) is { Length: > 0 } v) values.Add(v);
        }
        return values;
    }

    private static AddressMatch Ask(AddressMatchStatus status, SortedSet<string> options) =>
        new(status, Options: [.. options]);
}
