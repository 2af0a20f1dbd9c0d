using Elections.Bots.Core.Addresses;
using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;

namespace Elections.Bots.Import.Dataset;

/// <summary>Reads street_segment.txt, normalizing street fields the way voter addresses are normalized.</summary>
internal static class SegmentReader
{
    public static ImmutableArray<StreetSegment> Read(CsvTable table, FrozenDictionary<string, Precinct> precincts)
    {
        var segments = ImmutableArray.CreateBuilder<StreetSegment>(table.Rows.Length);
        foreach (var row in table.Rows)
        {
            var id = row.Required("id");
            var precinctId = row.Required("precinct_id");
            if (!precincts.ContainsKey(precinctId))
            {
                throw row.Error("precinct_id", $"'{precinctId}' is not an id in precinct.txt");
            }
            var allAddresses = FeedValues.Bool(row, "includes_all_addresses") ?? false;
            var allStreets = FeedValues.Bool(row, "includes_all_streets") ?? false;
            var streetName = row.Get("street_name");
            var start = FeedValues.Integer(row, "start_house_number");
            var end = FeedValues.Integer(row, "end_house_number");
            var parity = FeedValues.Parity(row, "odd_even_both");
            var wildcard = allAddresses || allStreets || streetName == "*";

            if (!wildcard)
            {
                // VIP: a segment without a usable range or side must be ignored, never guessed at.
                if (start is null || end is null) throw row.Error("start_house_number", "a segment needs start_house_number and end_house_number (or includes_all_addresses=true)");
                if (start > end) throw row.Error("end_house_number", $"end_house_number {end} is lower than start_house_number {start}");
                if (parity is null) throw row.Error("odd_even_both", "odd_even_both is required; write odd, even or both");
            }
            if (streetName is null && !allStreets)
            {
                throw row.Error("street_name", "street_name is required (use * with includes_all_streets=true for a whole town)");
            }

            segments.Add(StreetSegmentNormalizer.FromFeed(
                id, row.Get("street_direction"), streetName, row.Get("street_suffix"), row.Get("address_direction"),
                row.Required("city"), row.Required("state"), row.Get("zip"),
                start ?? 0, end ?? int.MaxValue, parity ?? OddEvenBoth.Both, allAddresses, allStreets || streetName == "*",
                row.Get("house_number_prefix"), row.Get("house_number_suffix"), row.Get("unit_number"), precinctId));
        }
        return segments.ToImmutable();
    }
}
