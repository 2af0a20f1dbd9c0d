using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Elections.Bots.Core.Facts;

namespace Elections.Bots.Benchmarks.Dynamo;

/// <summary>A county-sized dataset made up for the publish benchmark: streets of 20 segments alternating sides.</summary>
internal static class SyntheticDataset
{
    private const int SegmentsPerStreet = 20;
    private const int Precincts = 200;

    public static (ElectionFacts Facts, ImmutableArray<StreetSegment> Segments) Create(string version, int segmentCount)
    {
        var segments = ImmutableArray.CreateBuilder<StreetSegment>(segmentCount);
        for (var i = 0; i < segmentCount; i++)
        {
            var street = i / SegmentsPerStreet;
            var block = i % SegmentsPerStreet / 2;
            var precinct = "pre-" + (street % Precincts).ToString(CultureInfo.InvariantCulture);
            segments.Add(new StreetSegment($"ss-{i}", null, $"STREET {street}", "ST", null, "SYNTHVILLE", "NL",
                (99900 + street % 50).ToString(CultureInfo.InvariantCulture), block * 100 + 1 + i % 2, block * 100 + 99, i % 2 == 0 ? OddEvenBoth.Odd : OddEvenBoth.Even,
                false, false, null, null, null, precinct));
        }
        var office = new ElectionOffice("Synthetic County Elections", "555-0100", null, null, null, null, null, null, new OfficeLinks());
        var facts = new ElectionFacts
        {
            DatasetVersion = version,
            JurisdictionName = "Synthetic County",
            Office = office,
            Precincts = Enumerable.Range(0, Precincts)
                .Select(p => new Precinct("pre-" + p.ToString(CultureInfo.InvariantCulture), $"Precinct {p}", null, null, false, []))
                .ToFrozenDictionary(p => p.Id, StringComparer.Ordinal),
        };
        return (facts, segments.ToImmutable());
    }
}
