using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Ports;

namespace Elections.Bots.Core.Addresses;

/// <summary>Finds the precinct for an address by VIP street-segment rules (vip.md §1.6).</summary>
public static class StreetSegmentMatcher
{
    public static async ValueTask<AddressMatch> MatchAsync(
        ParsedAddress address, ElectionFacts facts, IFactStore store, CancellationToken cancellationToken)
    {
        var segments = await store.FindStreetSegmentsAsync(facts.DatasetVersion, address.StreetName, cancellationToken);
        var hits = segments.Where(s => address.HouseNumber is { } n && n >= s.StartHouseNumber && n <= s.EndHouseNumber).ToList();
        if (hits.Count == 1 && facts.Precincts.TryGetValue(hits[0].PrecinctId, out var precinct))
        {
            return new AddressMatch(AddressMatchStatus.Matched, precinct, hits[0].Id);
        }
        return new AddressMatch(AddressMatchStatus.NotFound);
    }
}
