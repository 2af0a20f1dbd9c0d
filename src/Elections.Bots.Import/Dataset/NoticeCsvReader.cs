using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;

namespace Elections.Bots.Import.Dataset;

/// <summary>
/// Reads the optional <c>notices.csv</c>: <c>id,text_en,text_es,uri,precinct_ids,location_ids,valid_until</c>.
/// Empty precinct_ids and location_ids mean the notice applies everywhere.
/// </summary>
internal static class NoticeCsvReader
{
    public static ImmutableArray<EmergencyNotice> Read(
        CsvTable? table, FrozenDictionary<string, Precinct> precincts, FrozenDictionary<string, PollingLocation> locations)
    {
        if (table is null) return [];
        var notices = ImmutableArray.CreateBuilder<EmergencyNotice>();
        foreach (var row in table.Rows)
        {
            var precinctIds = FeedValues.IdList(row, "precinct_ids");
            var locationIds = FeedValues.IdList(row, "location_ids");
            foreach (var id in precinctIds.Where(id => !precincts.ContainsKey(id)))
            {
                throw row.Error("precinct_ids", $"'{id}' is not a precinct id in precinct.txt");
            }
            foreach (var id in locationIds.Where(id => !locations.ContainsKey(id)))
            {
                throw row.Error("location_ids", $"'{id}' is not a polling location id in polling_location.txt");
            }
            notices.Add(new EmergencyNotice(row.Required("id"), row.Required("text_en"), row.Get("text_es"),
                row.Get("uri"), precinctIds, locationIds, FeedValues.Instant(row, "valid_until")));
        }
        return notices.ToImmutable();
    }
}
