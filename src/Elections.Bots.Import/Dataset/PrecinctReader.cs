using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Vip;

namespace Elections.Bots.Import.Dataset;

/// <summary>
/// Reads precinct.txt. A precinct of a mail-only locality is mail-only (VIP 5.2), and when a feed has several
/// localities each precinct also gets its locality's county-wide places, so no voter hears another county's sites.
/// </summary>
internal static class PrecinctReader
{
    public static FrozenDictionary<string, Precinct> Read(
        IEnumerable<CsvRow> rows, Jurisdictions jurisdictions, FrozenDictionary<string, PollingLocation> locations, ImportContext context)
    {
        var precincts = new Dictionary<string, Precinct>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var id = row.Get("id");
            var name = row.GetRequired("name");
            var localityId = row.GetRequired("locality_id");
            Jurisdictions.Locality? locality = null;
            if (localityId is not null && References.Check(row, "locality_id", localityId, jurisdictions.Localities.TryGetValue(localityId, out var found), "locality.txt"))
            {
                locality = found;
            }
            var own = FeedValues.IdList(row, "polling_location_ids");
            var placeIds = own.Where(p => References.Check(row, "polling_location_ids", p, locations.ContainsKey(p), "polling_location.txt")).ToImmutableArray();
            foreach (var shared in placeIds.Where(p => locality?.PlaceIds.Contains(p) == true))
            {
                row.ReportWarning("polling_location_ids", FindingCodes.MultiplePollingLocationMappings,
                    $"'{shared}' is listed on both this precinct and its locality; list a place once (usually a misunderstanding)");
            }
            if (jurisdictions.FoldLocalityPlaces && locality is not null) placeIds = [.. placeIds.Union(locality.PlaceIds, StringComparer.Ordinal)];
            var mailOnly = (FeedValues.Bool(row, "is_mail_only") ?? false) || locality?.IsMailOnly == true;

            if (row.Get("ballot_style_id") is { } style)
            {
                context.ReferenceAnywhere(row, "ballot_style_id", style, FindingSeverity.Warning, "the bot does not read ballots, but VIP will reject the feed");
            }
            foreach (var district in FeedValues.IdList(row, "electoral_district_ids"))
            {
                context.ReferenceAnywhere(row, "electoral_district_ids", district, FindingSeverity.Warning, "the bot does not read districts, but VIP will reject the feed");
            }
            if (!mailOnly && !placeIds.Concat(jurisdictions.WidePlaceIds(locality)).Any(p => locations.TryGetValue(p, out var place) && place.Is(LocationRoles.ElectionDay)))
            {
                row.ReportWarning("polling_location_ids", FindingCodes.PrecinctWithoutPollingPlace,
                    $"precinct '{id}' has no election-day polling place and is not mail-only; its voters will be told to call the office — " +
                    "list its place in polling_location_ids or set is_mail_only=true");
            }
            if (id is null || name is null) continue;
            precincts.TryAdd(id, new Precinct(id, name, row.Get("number"), row.Get("ward"), mailOnly, placeIds));
        }
        return precincts.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
