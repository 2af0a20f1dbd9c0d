using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Dataset;

/// <summary>
/// Hours that do not fit the election: anything open after Election Day, and Election Day hours (the election's
/// or a polling place's) that do not include Election Day. Warnings: the feed may be right, but it is worth a look.
/// </summary>
internal static class ScheduleChecks
{
    public static void Check(ScheduleSet schedules, ImmutableArray<Election> elections, IEnumerable<PollingLocation> places, FindingCollector findings)
    {
        if (elections.IsEmpty) return;
        var last = elections[^1].Date;
        foreach (var entry in schedules.Entries)
        {
            if (entry.Period.StartDate > last || entry.Period.EndDate > last)
            {
                findings.Warning(entry.File, entry.Line, null, FindingCodes.ScheduleOutsideElection,
                    $"hours of '{entry.GroupId}' run past Election Day ({last:yyyy-MM-dd}) to {(entry.Period.EndDate ?? entry.Period.StartDate):yyyy-MM-dd}; check the dates");
            }
        }
        var electionDayHours = elections.Select(e => e.ElectionDayHours)
            .Concat(places.Where(p => p.Is(LocationRoles.ElectionDay)).Select(p => p.Hours))
            .Where(h => !h.IsDefaultOrEmpty)
            .Distinct();
        foreach (var hours in electionDayHours)
        {
            if (hours.Any(p => elections.Any(e => p.Covers(e.Date)))) continue;
            var entry = schedules.Entries.FirstOrDefault(e => ReferenceEquals(e.Period, hours[0]));
            if (entry is null) continue;
            findings.Warning(entry.File, entry.Line, null, FindingCodes.ScheduleOutsideElection,
                $"'{entry.GroupId}' is used as Election Day hours but none of its dates is Election Day; voters would hear no hours for that day");
        }
    }
}
