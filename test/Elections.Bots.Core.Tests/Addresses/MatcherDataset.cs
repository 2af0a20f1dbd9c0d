using Elections.Bots.Core.Addresses;
using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Tests.Addresses;

/// <summary>
/// A small feed with one of each hard case: a street in two towns, N/S and NE/SE pairs, AVE/ST twins, a
/// building split by unit, a whole street, a town-wide segment, a reversed range and two overlapping segments.
/// </summary>
internal static class MatcherDataset
{
    public static readonly string[] Precincts = ["P1", "P2", "P3", "P4", "P5"];

    public static IReadOnlyList<StreetSegment> Segments { get; } =
    [
        Row("s01", "N", "Main", "St", null, "Riverton", "10001", 1, 99, "P1"),
        Row("s02", "S", "Main", "St", null, "Riverton", "10002", 1, 99, "P2"),
        Row("s03", null, "Oak", "Ave", null, "Riverton", "10001", 1, 99, "P1", OddEvenBoth.Odd),
        Row("s04", null, "Oak", "Ave", null, "Riverton", "10001", 2, 98, "P3", OddEvenBoth.Even),
        Row("s05", null, "Oak", "Ave", null, "Lakeside", "20001", 1, 99, "P4"),
        Row("s06", null, "Harbor", "Rd", "NE", "Riverton", "10001", 1, 50, "P1"),
        Row("s07", null, "Harbor", "Rd", "SE", "Riverton", "10001", 1, 50, "P2"),
        Row("s08", null, "Lincoln", "Ave", null, "Riverton", "10001", 1, 100, "P1"),
        Row("s09", null, "Lincoln", "St", null, "Riverton", "10001", 1, 100, "P3"),
        Row("s10", null, "Elm", "St", null, "Riverton", "10001", 10, 10, "P2", unit: "Apt 1"),
        Row("s11", null, "Elm", "St", null, "Riverton", "10001", 10, 10, "P3", unit: "2"),
        Row("s12", null, "Elm", "St", null, "Riverton", "10001", 1, 99, "P1"),
        Row("s13", null, "Birch", "Ln", null, "Riverton", "10001", 5, 5, "P2", unit: "A"),
        Row("s14", null, "Birch", "Ln", null, "Riverton", "10001", 5, 5, "P3", unit: "Unit B"),
        Row("s15", null, "Heron Lake", "Rd", null, "Lakeside", "20001", 0, 0, "P4", allAddresses: true),
        Row("s16", null, "*", null, null, "Hamlet", "30001", 0, 0, "P5", allStreets: true),
        Row("s17", null, "Pine", "St", null, "Riverton", "10001", 99, 1, "P2"),
        Row("s18", null, "Pine", "St", null, "Riverton", "10001", 1, 99, "P1"),
        Row("s19", null, "Cedar", "Ct", null, "Riverton", "10001", 1, 99, "P1"),
        Row("s20", null, "Cedar", "Ct", null, "Riverton", "10001", 50, 60, "P2"),
        Row("s21", null, "North Ridge", "Rd", null, "Lakeside", "20001", 1, 99, "P4"),
        Row("s22", null, "Quiet", "Way", null, "Riverton", "10001", 1, 50, "P1"),
        Row("s23", null, "Quiet", "Way", null, "Riverton", "10001", 51, 99, "P1"),
        Row("s24", null, "Center", "St", null, "Riverton", "10001", 1, 99, "P1"),
        Row("s25", null, "Orphan", "St", null, "Riverton", "10001", 1, 99, "P9"),
        Row("s26", null, "Bldg", "Ct", null, "Riverton", "10001", 22, 22, "P2", houseSuffix: "1/2"),
        Row("s27", null, "Bldg", "Ct", null, "Riverton", "10001", 1, 99, "P1"),
    ];

    public static (ElectionFacts Facts, Core.Store.InMemoryFactStore Store) Build() =>
        TestFacts.Build([.. Segments], Precincts.Select(TestFacts.Precinct));

    private static StreetSegment Row(
        string id, string? pre, string name, string? suffix, string? post, string city, string zip, int start, int end,
        string precinct, OddEvenBoth parity = OddEvenBoth.Both, string? unit = null, bool allAddresses = false,
        bool allStreets = false, string? houseSuffix = null) =>
        StreetSegmentNormalizer.FromFeed(id, pre, name, suffix, post, city, "NL", zip, start, end, parity,
            allAddresses, allStreets, null, houseSuffix, unit, precinct);
}
