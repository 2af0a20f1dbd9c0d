using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Dataset;

/// <summary>
/// Reads the optional <c>notices.csv</c>: <c>id,text_en,text_es,uri,precinct_ids,location_ids,valid_until</c>.
/// Empty precinct_ids and location_ids mean the notice applies everywhere.
/// </summary>
internal static class NoticeCsvReader
{
    public static ImmutableArray<EmergencyNotice> Read(
        CsvTable? table, FrozenDictionary<string, Precinct> precincts, FrozenDictionary<string, PollingLocation> locations, DateTimeOffset now)
    {
        if (table is null) return [];
        var notices = ImmutableArray.CreateBuilder<EmergencyNotice>();
        foreach (var row in table.Rows)
        {
            var precinctIds = Existing(row, "precinct_ids", precincts.ContainsKey, "precinct id in precinct.txt");
            var locationIds = Existing(row, "location_ids", locations.ContainsKey, "polling location id in polling_location.txt");
            var id = row.GetRequired("id");
            var text = row.GetRequired("text_en");
            var until = FeedValues.Instant(row, "valid_until");
            if (until < now)
            {
                row.ReportWarning("valid_until", FindingCodes.NoticeExpired, $"the notice ended at {until:yyyy-MM-dd HH:mm zzz} and will not be said; remove it");
            }
            if (id is null || text is null) continue;
            notices.Add(new EmergencyNotice(id, text, row.Get("text_es"), row.Get("uri"), precinctIds, locationIds, until));
        }
        return notices.ToImmutable();
    }

    private static ImmutableArray<string> Existing(CsvRow row, string column, Func<string, bool> exists, string what)
    {
        var ids = FeedValues.IdList(row, column);
        foreach (var id in ids.Where(id => !exists(id)))
        {
            row.ReportError(column, FindingCodes.NoReferent, $"'{id}' is not a {what}; fix it or remove it");
        }
        return [.. ids.Where(exists)];
    }
}
