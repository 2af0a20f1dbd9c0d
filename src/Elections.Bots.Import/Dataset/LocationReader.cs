using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Vip;

namespace Elections.Bots.Import.Dataset;

/// <summary>Reads polling_location.txt: election-day places, early-voting sites and drop boxes.</summary>
internal static class LocationReader
{
    public static FrozenDictionary<string, PollingLocation> Read(IEnumerable<CsvRow> rows, ScheduleSet schedules, bool electionHasHours)
    {
        var locations = new Dictionary<string, PollingLocation>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var id = row.Get("id");
            var address = Address(row);
            var hoursId = row.Get("hours_open_id");
            var hours = ImmutableArray<OpeningPeriod>.Empty;
            if (hoursId is not null && !schedules.Groups.TryGetValue(hoursId, out hours))
            {
                row.ReportError("hours_open_id", FindingCodes.NoReferent, $"'{hoursId}' has no rows in schedule.txt (hours_open_id); add them or fix the id");
                hours = [];
            }
            var roles = LocationRoles.None;
            if (FeedValues.Bool(row, "is_drop_box") == true) roles |= LocationRoles.DropBox;
            if (FeedValues.Bool(row, "is_early_voting") == true) roles |= LocationRoles.EarlyVoting;
            if (roles == LocationRoles.None) roles = LocationRoles.ElectionDay;
            ValueChecks.Uri(row, "photo_uri", "photo_url");
            ValueChecks.LatLng(row);

            if (roles == LocationRoles.ElectionDay && hoursId is null && row.Get("hours") is null)
            {
                row.ReportWarning("hours_open_id", FindingCodes.PlaceWithoutHours, electionHasHours
                    ? $"polling place '{id}' has no hours_open_id; voters will hear the election's hours — set it if this place keeps other hours"
                    : $"polling place '{id}' has no hours_open_id and the election has none; the bot cannot say when it opens — add hours");
            }
            if (id is null || address is null) continue;
            var location = new PollingLocation(id, row.Get("name") ?? address.StreetLine, address,
                row.Get("directions"), row.Get("hours"), hours, roles, row.Get("photo_uri", "photo_url"), row.Get("directions_es"));
            locations.TryAdd(id, location);
        }
        return locations.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The structured address when given (VIP 5.2), otherwise the single address_line.</summary>
    private static PostalAddress? Address(CsvRow row)
    {
        var line1 = row.Get("structured_line_1");
        if (line1 is not null)
        {
            ImmutableArray<string> lines = [line1, .. new[] { row.Get("structured_line_2"), row.Get("structured_line_3") }.OfType<string>()];
            var city = row.GetRequired("structured_city");
            var state = row.GetRequired("structured_state");
            ValueChecks.StateCode(row, "structured_state");
            ValueChecks.Zip(row, "structured_zip");
            return city is null || state is null ? null : new PostalAddress(lines, city, state, row.Get("structured_zip"));
        }
        var single = row.Get("address_line");
        if (single is null)
        {
            row.ReportError(row.Columns.IndexOf("address_line") >= 0 ? "address_line" : "structured_line_1", FindingCodes.MissingAddress,
                "the location has no address; fill address_line or the structured_* columns (VIP ignores a location without one)");
            return null;
        }
        return new PostalAddress([single], null, null, null);
    }
}
