using Elections.Bots.Core.Addresses.Matching;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Ports;

namespace Elections.Bots.Core.Addresses;

/// <summary>Finds the precinct for an address by VIP street-segment rules (vip.md §1.6).</summary>
/// <remarks>
/// One store read per address in the usual case; a second or third only when the feed has no street of the
/// name as read, to try the other readings in <see cref="StreetQuery"/>. Never returns a precinct when the
/// segments leave a choice: the Needs* statuses say which question settles it.
/// </remarks>
public static class StreetSegmentMatcher
{
    public static async ValueTask<AddressMatch> MatchAsync(
        ParsedAddress address, ElectionFacts facts, IFactStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrEmpty(address.StreetName)) return AddressMatch.Unusable;
        var place = MatchPlace.Resolve(address, facts, out var verdict);
        if (verdict is not null) return verdict;

        var original = StreetQuery.From(address);
        var query = original;
        var segments = await store.FindStreetSegmentsAsync(facts.DatasetVersion, query.Name, cancellationToken);
        for (var attempt = 0; segments.IsDefaultOrEmpty && original.TryAlternative(attempt, out var alternative); attempt++)
        {
            query = alternative;
            segments = await store.FindStreetSegmentsAsync(facts.DatasetVersion, query.Name, cancellationToken);
        }
        if (segments.IsDefault) segments = [];
        return SegmentSelector.Select(address, query, segments, facts, place);
    }
}
