using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Dataset;

/// <summary>Groups schedule.txt rows by hours_open_id: in VIP CSV an HoursOpen is the set of rows sharing that id.</summary>
internal static class ScheduleReader
{
    public static ScheduleSet Read(IEnumerable<CsvRow> rows)
    {
        var groups = new Dictionary<string, List<OpeningPeriod>>(StringComparer.Ordinal);
        var entries = ImmutableArray.CreateBuilder<ScheduleSet.Entry>();
        foreach (var row in rows)
        {
            var group = row.GetRequired("hours_open_id");
            var start = FeedValues.TimeWithZone(row, "start_time");
            var end = FeedValues.TimeWithZone(row, "end_time");
            var startDate = FeedValues.Date(row, "start_date");
            var endDate = FeedValues.Date(row, "end_date");
            if (startDate > endDate)
            {
                row.ReportError("end_date", FindingCodes.DateOrder, $"end_date {endDate:yyyy-MM-dd} is before start_date {startDate:yyyy-MM-dd}; swap or correct them");
                continue;
            }
            if (start is { } s && end is { } e && e.Minute <= s.Minute)
            {
                row.ReportError("end_time", FindingCodes.TimeOrder, "end_time is not after start_time; hours past midnight need a second row for the next day");
                continue;
            }
            if (group is null) continue;
            var period = new OpeningPeriod(
                startDate, endDate,
                start?.Minute ?? 0, end?.Minute ?? OpeningPeriod.MinutesPerDay,
                start?.Offset ?? end?.Offset,
                FeedValues.Bool(row, "is_only_by_appointment") ?? false,
                FeedValues.Bool(row, "is_or_by_appointment") ?? false,
                FeedValues.Bool(row, "is_subject_to_change") ?? false);
            if (!groups.TryGetValue(group, out var list)) groups[group] = list = [];
            CheckOverlap(row, group, period, list);
            list.Add(period);
            entries.Add(new ScheduleSet.Entry(group, period, row.FileName, row.Line));
        }
        return new ScheduleSet(
            groups.ToFrozenDictionary(
                g => g.Key,
                g => g.Value.OrderBy(p => p.StartDate ?? DateOnly.MinValue).ThenBy(p => p.OpenMinute).ToImmutableArray(),
                StringComparer.Ordinal),
            entries.ToImmutable());
    }

    /// <summary>Two periods of one place that share a day and an hour would give voters two answers.</summary>
    private static void CheckOverlap(CsvRow row, string group, OpeningPeriod period, List<OpeningPeriod> others)
    {
        foreach (var other in others)
        {
            var daysShared = (period.StartDate ?? DateOnly.MinValue) <= (other.EndDate ?? DateOnly.MaxValue) &&
                             (other.StartDate ?? DateOnly.MinValue) <= (period.EndDate ?? DateOnly.MaxValue);
            if (daysShared && period.OpenMinute < other.CloseMinute && other.OpenMinute < period.CloseMinute)
            {
                row.ReportError("start_time", FindingCodes.OverlappingHours,
                    $"these hours overlap other hours of '{group}' on the same days; each day's hours must be given once");
                return;
            }
        }
    }
}
