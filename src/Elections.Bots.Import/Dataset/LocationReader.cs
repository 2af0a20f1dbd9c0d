using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;

namespace Elections.Bots.Import.Dataset;

/// <summary>Reads polling_location.txt: election-day places, early-voting sites and drop boxes.</summary>
internal static class LocationReader
{
    public static FrozenDictionary<string, PollingLocation> Read(
        CsvTable table, FrozenDictionary<string, ImmutableArray<OpeningPeriod>> schedules)
    {
        var locations = new Dictionary<string, PollingLocation>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = row.Required("id");
            var address = Address(row);
            var hoursId = row.Get("hours_open_id");
            var hours = ImmutableArray<OpeningPeriod>.Empty;
            if (hoursId is not null && !schedules.TryGetValue(hoursId, out hours))
            {
                throw row.Error("hours_open_id", $"'{hoursId}' has no rows in schedule.txt");
            }
            var roles = LocationRoles.None;
            if (FeedValues.Bool(row, "is_drop_box") == true) roles |= LocationRoles.DropBox;
            if (FeedValues.Bool(row, "is_early_voting") == true) roles |= LocationRoles.EarlyVoting;
            if (roles == LocationRoles.None) roles = LocationRoles.ElectionDay;

            var location = new PollingLocation(id, row.Get("name") ?? address.StreetLine, address,
                row.Get("directions"), row.Get("hours"), hours, roles, row.Get("photo_uri", "photo_url"));
            if (!locations.TryAdd(id, location))
            {
                throw row.Error("id", $"the id '{id}' is used twice; every polling location needs its own id");
            }
        }
        return locations.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The structured address when given (VIP 5.2), otherwise the single address_line.</summary>
    private static PostalAddress Address(CsvRow row)
    {
        var line1 = row.Get("structured_line_1");
        if (line1 is not null)
        {
            ImmutableArray<string> lines = [line1, .. new[] { row.Get("structured_line_2"), row.Get("structured_line_3") }.OfType<string>()];
            return new PostalAddress(lines,
                row.Get("structured_city") ?? throw row.Error("structured_city", "a structured address needs structured_city"),
                row.Get("structured_state") ?? throw row.Error("structured_state", "a structured address needs structured_state"),
                row.Get("structured_zip"));
        }
        var single = row.Get("address_line")
            ?? throw row.Error("address_line", "the location has no address; fill address_line or the structured_* columns");
        return new PostalAddress([single], null, null, null);
    }
}
