using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Addresses.Matching;

/// <summary>
/// Picks the precinct from a street's segments: the most specific tier with hits decides (exact address →
/// range → whole street → whole town). One precinct is an answer; anything else is a question or "not found",
/// never a guess.
/// </summary>
internal static class SegmentSelector
{
    public static AddressMatch Select(
        ParsedAddress address, StreetQuery query, ImmutableArray<StreetSegment> segments, ElectionFacts facts,
        MatchPlace place)
    {
        var filter = new StreetKeyFilter(query, place, segments);
        StreetSegment? best = null;
        var bestTier = SegmentTier.None;
        var conflict = false;
        var unitUnknown = false;
        foreach (var segment in segments)
        {
            if (!filter.Accepts(segment)) continue;
            var tier = SegmentTiers.Of(segment, address);
            if (tier == SegmentTier.None) continue;
            if (tier == SegmentTier.UnitUnknown)
            {
                unitUnknown = true;
            }
            else if (best is null || tier < bestTier)
            {
                (best, bestTier, conflict) = (segment, tier, false);
            }
            else if (tier == bestTier && !SamePrecinct(segment, best))
            {
                conflict = true;
            }
        }
        if (best is null && !unitUnknown) return SelectTown(address, facts, place);
        if (conflict || best is null || (unitUnknown && UnitsDisagree(segments, filter, address, best)))
        {
            var hits = Collect(segments, filter, address, best is null ? SegmentTier.UnitUnknown : bestTier);
            return AmbiguityExplainer.Explain(query, address, place, facts, hits);
        }
        if (!place.IsKnown && AmbiguityExplainer.TownWideElsewhere(facts, best.City, out var towns))
        {
            return towns;
        }
        return Matched(best, facts);
    }

    /// <summary>No segment names the street here: the town may still be covered street by street as a whole.</summary>
    private static AddressMatch SelectTown(ParsedAddress address, ElectionFacts facts, MatchPlace place)
    {
        if (!place.IsKnown)
        {
            return facts.TownWideSegments.IsDefaultOrEmpty ? AddressMatch.NotFound : AmbiguityExplainer.AnyTown(facts);
        }
        StreetSegment? town = null;
        foreach (var segment in facts.TownWideSegments)
        {
            if (!place.ContainsTown(segment)) continue;
            // Two town-wide segments for one town with different precincts: the feed contradicts itself.
            if (town is not null && !SamePrecinct(segment, town)) return AddressMatch.NotFound;
            town = segment;
        }
        return town is null ? AddressMatch.NotFound : Matched(town, facts);
    }

    private static bool UnitsDisagree(
        ImmutableArray<StreetSegment> segments, StreetKeyFilter filter, ParsedAddress address, StreetSegment best)
    {
        foreach (var segment in segments)
        {
            if (filter.Accepts(segment) && SegmentTiers.Of(segment, address) == SegmentTier.UnitUnknown
                && !SamePrecinct(segment, best))
            {
                return true;
            }
        }
        return false;
    }

    private static List<StreetSegment> Collect(
        ImmutableArray<StreetSegment> segments, StreetKeyFilter filter, ParsedAddress address, SegmentTier tier)
    {
        var hits = new List<StreetSegment>();
        foreach (var segment in segments)
        {
            if (!filter.Accepts(segment)) continue;
            var segmentTier = SegmentTiers.Of(segment, address);
            if (segmentTier == tier || segmentTier == SegmentTier.UnitUnknown) hits.Add(segment);
        }
        return hits;
    }

    private static AddressMatch Matched(StreetSegment segment, ElectionFacts facts) =>
        facts.Precincts.TryGetValue(segment.PrecinctId, out var precinct)
            ? new AddressMatch(AddressMatchStatus.Matched, precinct, segment.Id)
            : AddressMatch.NotFound;

    private static bool SamePrecinct(StreetSegment a, StreetSegment b) =>
        string.Equals(a.PrecinctId, b.PrecinctId, StringComparison.Ordinal);
}
