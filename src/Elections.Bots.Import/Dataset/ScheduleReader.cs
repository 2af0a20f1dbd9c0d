using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;

namespace Elections.Bots.Import.Dataset;

/// <summary>Groups schedule.txt rows by hours_open_id: in VIP CSV an HoursOpen is the set of rows sharing that id.</summary>
internal static class ScheduleReader
{
    public static FrozenDictionary<string, ImmutableArray<OpeningPeriod>> Read(CsvTable table)
    {
        var groups = new Dictionary<string, List<OpeningPeriod>>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var group = row.Required("hours_open_id");
            var start = FeedValues.TimeWithZone(row, "start_time");
            var end = FeedValues.TimeWithZone(row, "end_time");
            var startDate = FeedValues.Date(row, "start_date");
            var endDate = FeedValues.Date(row, "end_date");
            if (startDate > endDate)
            {
                throw row.Error("end_date", $"end_date {endDate:yyyy-MM-dd} is before start_date {startDate:yyyy-MM-dd}");
            }
            if (start is { } s && end is { } e && e.Minute <= s.Minute)
            {
                throw row.Error("end_time", "end_time is not after start_time; hours past midnight are not supported in one row");
            }
            var period = new OpeningPeriod(
                startDate, endDate,
                start?.Minute ?? 0, end?.Minute ?? OpeningPeriod.MinutesPerDay,
                start?.Offset ?? end?.Offset,
                FeedValues.Bool(row, "is_only_by_appointment") ?? false,
                FeedValues.Bool(row, "is_or_by_appointment") ?? false,
                FeedValues.Bool(row, "is_subject_to_change") ?? false);
            if (!groups.TryGetValue(group, out var list)) groups[group] = list = [];
            list.Add(period);
        }
        return groups.ToFrozenDictionary(
            g => g.Key,
            g => g.Value.OrderBy(p => p.StartDate ?? DateOnly.MinValue).ThenBy(p => p.OpenMinute).ToImmutableArray(),
            StringComparer.Ordinal);
    }
}
