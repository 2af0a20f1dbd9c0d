using Elections.Bots.Core.Addresses;
using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;

namespace Elections.Bots.Import.Dataset;

/// <summary>Turns the tables of a VIP 5.x CSV feed into the engine's facts, following the feed's ID relations (vip.md §1.5).</summary>
internal static class VipFeedReader
{
    public static LoadedDataset Build(
        string version, IReadOnlyDictionary<string, CsvTable> tables, CsvTable faq, CsvTable? notices)
    {
        var schedules = ScheduleReader.Read(tables["schedule.txt"]);
        var elections = ReadElections(tables["election.txt"], schedules);

        var localityRow = tables["locality.txt"].Rows.FirstOrDefault()
            ?? throw new DatasetLoadException("locality.txt", null, null, "the file has no locality row; add the county (or city) this dataset serves");
        var stateRow = tables["state.txt"].Rows.FirstOrDefault()
            ?? throw new DatasetLoadException("state.txt", null, null, "the file has no state row");

        var offices = new OfficeReader(tables);
        var office = offices.Read(localityRow.Get("election_administration_id"))
            ?? offices.Read(stateRow.Get("election_administration_id"))
            ?? throw localityRow.Error("election_administration_id",
                "no election office is linked to the locality or the state; set election_administration_id to an election_administration.txt id");
        var stateOffice = offices.Read(stateRow.Get("election_administration_id"));

        var locations = LocationReader.Read(tables["polling_location.txt"], schedules);
        var precincts = ReadPrecincts(tables["precinct.txt"], locations);
        var wide = FeedValues.IdList(localityRow, "polling_location_ids")
            .AddRange(FeedValues.IdList(stateRow, "polling_location_ids"));
        foreach (var id in wide)
        {
            if (!locations.ContainsKey(id))
            {
                throw new DatasetLoadException("locality.txt", localityRow.Line, null,
                    $"polling_location_ids names '{id}', which is not in polling_location.txt");
            }
        }

        var segments = SegmentReader.Read(tables["street_segment.txt"], precincts);
        var notice = offices.ElectionNotice(localityRow.Get("election_administration_id"));

        var facts = new ElectionFacts
        {
            DatasetVersion = version,
            JurisdictionName = localityRow.Required("name"),
            StateCode = StateCode(stateRow, segments),
            Elections = elections,
            Office = office,
            StateOffice = ReferenceEquals(stateOffice, office) ? null : stateOffice,
            Precincts = precincts,
            Locations = locations,
            JurisdictionWideLocationIds = [.. wide.Distinct(StringComparer.Ordinal)],
            IsMailOnlyJurisdiction = FeedValues.Bool(localityRow, "is_mail_only") ?? false,
            TownWideSegments = [.. segments.Where(s => s.IncludesAllStreets)],
            ServedZips = segments.Where(s => s.Zip is not null).Select(s => s.Zip!).ToFrozenSet(StringComparer.Ordinal),
            ServedCities = segments.Select(s => s.City).Where(c => c.Length > 0).ToFrozenSet(StringComparer.Ordinal),
            Faq = FaqCsvReader.Read(faq),
            Notices = [.. (notice is null ? [] : new[] { notice }), .. NoticeCsvReader.Read(notices, precincts, locations)],
        };
        return new LoadedDataset(facts, segments);
    }

    private static ImmutableArray<Election> ReadElections(CsvTable table, FrozenDictionary<string, ImmutableArray<OpeningPeriod>> schedules)
    {
        if (table.Rows.Length == 0)
        {
            throw new DatasetLoadException(table.FileName, null, null, "the file has no election row; a feed describes one election");
        }
        var elections = ImmutableArray.CreateBuilder<Election>();
        foreach (var row in table.Rows)
        {
            var hoursId = row.Get("hours_open_id", "hours_open_ids");
            var hours = ImmutableArray<OpeningPeriod>.Empty;
            if (hoursId is not null && !schedules.TryGetValue(hoursId, out hours))
            {
                throw row.Error("hours_open_id", $"'{hoursId}' has no rows in schedule.txt (hours_open_id)");
            }
            elections.Add(new Election(
                Id: row.Required("id"),
                Name: row.Get("name") ?? "Election",
                Date: FeedValues.Date(row, "date") ?? throw row.Error("date", "the election date is required"),
                RegistrationDeadline: FeedValues.Date(row, "registration_deadline"),
                MailBallotRequestDeadline: FeedValues.Date(row, "absentee_request_deadline"),
                HasSameDayRegistration: FeedValues.Bool(row, "has_election_day_registration") ?? false,
                ElectionDayHours: hours,
                PollingHoursText: row.Get("polling_hours"),
                RegistrationInfo: row.Get("registration_info"),
                MailBallotInfo: row.Get("absentee_ballot_info"),
                ResultsUri: row.Get("results_uri", "results_url"),
                IsStatewide: FeedValues.Bool(row, "is_statewide") ?? true));
        }
        return [.. elections.OrderBy(e => e.Date)];
    }

    private static FrozenDictionary<string, Precinct> ReadPrecincts(CsvTable table, FrozenDictionary<string, PollingLocation> locations)
    {
        var precincts = new Dictionary<string, Precinct>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = row.Required("id");
            var placeIds = FeedValues.IdList(row, "polling_location_ids");
            foreach (var placeId in placeIds)
            {
                if (!locations.ContainsKey(placeId))
                {
                    throw row.Error("polling_location_ids", $"'{placeId}' is not an id in polling_location.txt");
                }
            }
            var precinct = new Precinct(id, row.Required("name"), row.Get("number"), row.Get("ward"),
                FeedValues.Bool(row, "is_mail_only") ?? false, placeIds);
            if (!precincts.TryAdd(id, precinct))
            {
                throw row.Error("id", $"the id '{id}' is used twice; every precinct needs its own id");
            }
        }
        return precincts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The state's two-letter code, from the segments (VIP's state.txt holds only the name and FIPS).</summary>
    private static string? StateCode(CsvRow stateRow, ImmutableArray<StreetSegment> segments)
    {
        var codes = segments.Select(s => s.State).Where(s => s.Length == 2).Distinct(StringComparer.Ordinal).ToList();
        return codes.Count == 1 ? codes[0] : stateRow.Get("abbreviation");
    }
}
