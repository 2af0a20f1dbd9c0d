using System.Collections.Frozen;
using System.Collections.Immutable;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Store;

namespace Elections.Bots.Core.Tests.Addresses;

/// <summary>Election facts around a set of street segments, built the way the dataset loader builds them.</summary>
internal static class TestFacts
{
    public const string Version = "test-1";

    public static (ElectionFacts Facts, InMemoryFactStore Store) Build(
        IReadOnlyCollection<StreetSegment> segments, IEnumerable<Precinct> precincts)
    {
        var facts = new ElectionFacts
        {
            DatasetVersion = Version,
            JurisdictionName = "Millbrook County",
            StateCode = "NL",
            Office = new ElectionOffice("Elections Office", null, null, null, null, null, null, null, new OfficeLinks()),
            Precincts = precincts.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal),
            TownWideSegments = [.. segments.Where(s => s.IncludesAllStreets)],
            ServedZips = segments.Where(s => s.Zip is not null).Select(s => s.Zip!).ToFrozenSet(StringComparer.Ordinal),
            ServedCities = segments.Select(s => s.City).Where(c => c.Length > 0).ToFrozenSet(StringComparer.Ordinal),
        };
        return (facts, new InMemoryFactStore(facts, segments));
    }

    public static Precinct Precinct(string id) => new(id, id, null, null, false, ImmutableArray<string>.Empty);
}
