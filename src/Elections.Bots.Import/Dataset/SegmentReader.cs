using Elections.Bots.Core.Addresses;
using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Vip;

namespace Elections.Bots.Import.Dataset;

/// <summary>
/// Reads street_segment.txt row by row (statewide files have millions of rows), normalizing street fields the way
/// voter addresses are normalized. A segment VIP says must be ignored (no range, no side) is reported, not guessed.
/// </summary>
internal static class SegmentReader
{
    public static SegmentSet Read(IEnumerable<CsvRow> rows, string fileName, FrozenDictionary<string, Precinct> precincts, ImportContext context)
    {
        var segments = ImmutableArray.CreateBuilder<StreetSegment>();
        var lines = ImmutableArray.CreateBuilder<int>();
        foreach (var row in rows)
        {
            if (Read(row, precincts, context) is { } segment)
            {
                segments.Add(segment);
                lines.Add(row.Line);
            }
        }
        return new SegmentSet(segments.ToImmutable(), lines.ToImmutable(), fileName);
    }

    private static StreetSegment? Read(CsvRow row, FrozenDictionary<string, Precinct> precincts, ImportContext context)
    {
        var id = row.Get("id");
        var precinctId = row.GetRequired("precinct_id");
        if (precinctId is not null && !References.Check(row, "precinct_id", precinctId, precincts.ContainsKey(precinctId), "precinct.txt"))
        {
            precinctId = null;
        }
        var allAddresses = FeedValues.Bool(row, "includes_all_addresses") ?? false;
        var allStreets = FeedValues.Bool(row, "includes_all_streets") ?? false;
        var streetName = row.Get("street_name");
        var start = FeedValues.Integer(row, "start_house_number");
        var end = FeedValues.Integer(row, "end_house_number");
        var parity = FeedValues.Parity(row, "odd_even_both");
        var townWide = allStreets || streetName == "*";
        var wildcard = allAddresses || townWide;
        var city = row.GetRequired("city");
        var state = row.GetRequired("state");
        ValueChecks.StateCode(row, "state");
        var zip = townWide ? row.Get("zip") : row.GetRequired("zip");
        ValueChecks.Zip(row, "zip");
        var usable = id is not null && precinctId is not null && city is not null && state is not null;

        if (!wildcard)
        {
            if (start is null || end is null)
            {
                if (row.Get("start_house_number") is null || row.Get("end_house_number") is null)
                {
                    row.ReportError(row.Get("start_house_number") is null ? "start_house_number" : "end_house_number", FindingCodes.MissingValue,
                        "a segment needs start_house_number and end_house_number (or includes_all_addresses=true)");
                }
                usable = false;
            }
            else if (start > end)
            {
                row.ReportError("end_house_number", FindingCodes.HouseNumberRange,
                    $"end_house_number {end} is lower than start_house_number {start}; VIP ignores such a segment");
                usable = false;
            }
            if (parity is null)
            {
                if (row.Get("odd_even_both") is null) row.ReportError("odd_even_both", FindingCodes.MissingValue, "odd_even_both is required; write odd, even or both");
                usable = false;
            }
        }
        if (streetName is null && !allStreets)
        {
            row.ReportError("street_name", FindingCodes.MissingValue, "street_name is required (use * with includes_all_streets=true for a whole town)");
            usable = false;
        }
        usable &= CheckAddressDetail(row, wildcard, start, end);
        if (!usable) return null;

        var segment = StreetSegmentNormalizer.FromFeed(
            id!, row.Get("street_direction"), streetName, row.Get("street_suffix"), row.Get("address_direction"),
            city!, state!, zip, start ?? 0, end ?? int.MaxValue, parity ?? OddEvenBoth.Both, allAddresses, townWide,
            row.Get("house_number_prefix"), row.Get("house_number_suffix"), row.Get("unit_number"), precinctId!);
        return Pooled(segment, context);
    }

    /// <summary>A prefix ("B22"), suffix ("22 1/2") or unit splits one building: only on a single-address segment.</summary>
    private static bool CheckAddressDetail(CsvRow row, bool wildcard, int? start, int? end)
    {
        foreach (var column in (string[])["house_number_prefix", "house_number_suffix", "unit_number"])
        {
            if (row.Get(column) is null) continue;
            if (wildcard || start != end)
            {
                row.ReportError(column, FindingCodes.AddressDetailOnRange,
                    $"{row.Name(column)} is only allowed on a single address (start_house_number = end_house_number, no includes_all_*)");
                return false;
            }
        }
        return true;
    }

    /// <summary>Streets, towns, states and precinct ids repeat across rows: share one string per value.</summary>
    private static StreetSegment Pooled(StreetSegment s, ImportContext context) => s with
    {
        PreDirectional = context.Intern(s.PreDirectional),
        StreetName = context.Intern(s.StreetName)!,
        StreetSuffix = context.Intern(s.StreetSuffix),
        PostDirectional = context.Intern(s.PostDirectional),
        City = context.Intern(s.City)!,
        State = context.Intern(s.State)!,
        Zip = context.Intern(s.Zip),
        PrecinctId = context.Intern(s.PrecinctId)!,
    };
}
