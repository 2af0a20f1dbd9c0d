using System.Globalization;
using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Vip;

namespace Elections.Bots.Import.Dataset;

/// <summary>Reads source.txt (exactly one) and election.txt (one election per feed, as VIP has it).</summary>
internal static class ElectionReader
{
    public static void CheckSource(CsvTable? table, FindingCollector findings)
    {
        if (table is null) return;
        if (table.Rows.Length != 1)
        {
            findings.Error(table.FileName, table.Rows.Length == 0 ? null : table.Rows[1].Line, null,
                table.Rows.Length == 0 ? FindingCodes.MissingSource : FindingCodes.MoreThanOneSource,
                $"the feed needs exactly one source row (who publishes it); it has {table.Rows.Length}");
        }
        foreach (var row in table.Rows)
        {
            row.GetRequired("name");
            row.GetRequired("vip_id");
            ValueChecks.Fips(row, "vip_id");
            if (row.GetRequired("date_time") is { } produced &&
                !DateTime.TryParseExact(produced, ["yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                row.ReportError("date_time", FindingCodes.InvalidDateTime, $"'{produced}' is not a date and time; write it like 2027-01-25T14:30:00");
            }
            if (row.GetRequired("version") is { } version && !(version.StartsWith("5.", StringComparison.Ordinal) || version.StartsWith("6.", StringComparison.Ordinal)))
            {
                row.ReportError("version", FindingCodes.UnsupportedVersion, $"version '{version}' is not VIP 5.x; export the feed as VIP 5.2");
            }
            ValueChecks.Uri(row, "organization_uri");
            ValueChecks.Uri(row, "terms_of_use_uri");
        }
    }

    public static ImmutableArray<Election> Read(CsvTable? table, ScheduleSet schedules, IReadOnlySet<string> stateIds, ImportContext context)
    {
        if (table is null) return [];
        if (table.Rows.IsEmpty)
        {
            context.Findings.Error(table.FileName, null, null, FindingCodes.MissingElection, "the file has no election row; a feed describes one election");
        }
        else if (table.Rows.Length > 1)
        {
            table.Rows[1].ReportWarning("id", FindingCodes.MoreThanOneElection, "VIP feeds describe one election; this one has several, and the bot answers about the next one");
        }
        var elections = ImmutableArray.CreateBuilder<Election>();
        foreach (var row in table.Rows)
        {
            var hoursId = row.Get("hours_open_id", "hours_open_ids");
            var hours = ImmutableArray<OpeningPeriod>.Empty;
            if (hoursId is not null && !schedules.Groups.TryGetValue(hoursId, out hours))
            {
                row.ReportError("hours_open_id", FindingCodes.NoReferent, $"'{hoursId}' has no rows in schedule.txt (hours_open_id); add them or fix the id");
                hours = [];
            }
            if (row.GetRequired("state_id") is { } state) References.Check(row, "state_id", state, stateIds.Contains(state), "state.txt");
            ValueChecks.Uri(row, "results_uri", "results_url");
            var id = row.Get("id");
            var date = FeedValues.Date(row, "date");
            if (date is null && row.Get("date") is null) row.GetRequired("date");
            var election = new Election(
                Id: id ?? string.Empty,
                Name: row.Get("name") ?? "Election",
                Date: date ?? default,
                RegistrationDeadline: FeedValues.Date(row, "registration_deadline"),
                MailBallotRequestDeadline: FeedValues.Date(row, "absentee_request_deadline"),
                HasSameDayRegistration: FeedValues.Bool(row, "has_election_day_registration") ?? false,
                ElectionDayHours: hours,
                PollingHoursText: row.Get("polling_hours"),
                RegistrationInfo: row.Get("registration_info"),
                MailBallotInfo: row.Get("absentee_ballot_info"),
                ResultsUri: row.Get("results_uri", "results_url"),
                IsStatewide: FeedValues.Bool(row, "is_statewide") ?? true);
            if (id is null || date is null) continue;
            if (date < context.Today)
            {
                row.ReportWarning("date", FindingCodes.ElectionInPast, $"the election on {date:yyyy-MM-dd} is over; voters would hear about a past election — load the next election's feed");
            }
            elections.Add(election);
        }
        return [.. elections.OrderBy(e => e.Date)];
    }
}
