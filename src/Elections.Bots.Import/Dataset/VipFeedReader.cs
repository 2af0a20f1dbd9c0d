using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Vip;

namespace Elections.Bots.Import.Dataset;

/// <summary>
/// Reads a VIP 5.x feed (CSV or XML, as <see cref="FeedTables"/>) in the order its id relations allow
/// (vip.md §1.5), checking every file as it goes; returns the content when it is complete enough to answer from.
/// </summary>
internal static class VipFeedReader
{
    public static FeedContent? Read(FeedTables tables, ImportContext context)
    {
        ElectionReader.CheckSource(tables.Require(VipFiles.Source), context.Findings);
        var schedules = tables.Table(VipFiles.Schedule) is { } scheduleTable ? ScheduleReader.Read(scheduleTable.Rows) : ScheduleSet.Empty;
        var offices = new OfficeReader(tables, schedules, context);
        var jurisdictions = Jurisdictions.Read(tables, offices, context);
        var stateIds = (tables.Table(VipFiles.State)?.Rows ?? []).Select(s => s.Get("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var elections = ElectionReader.Read(tables.Require(VipFiles.Election), schedules, stateIds, context);

        var electionHasHours = elections.Any(e => !e.ElectionDayHours.IsEmpty || e.PollingHoursText is not null);
        var locations = LocationReader.Read(tables.Require(VipFiles.PollingLocation)?.Rows ?? [], schedules, electionHasHours);
        jurisdictions.CheckPlaces(locations, context);
        var precincts = PrecinctReader.Read(tables.Require(VipFiles.Precinct)?.Rows ?? [], jurisdictions, locations, context);

        var segmentFile = tables.FileFor(VipFiles.StreetSegment);
        var segments = tables.Has(VipFiles.StreetSegment)
            ? SegmentReader.Read(tables.Rows(VipFiles.StreetSegment), segmentFile, precincts, context)
            : new SegmentSet([], [], segmentFile);
        if (!tables.Has(VipFiles.StreetSegment)) tables.Require(VipFiles.StreetSegment);
        OverlapDetector.Check(segments, context.Findings);
        ScheduleChecks.Check(schedules, elections, locations.Values, context.Findings);
        ReadBallotIds(tables, context);
        context.CheckDeferredReferences();

        var locality = jurisdictions.Primary;
        var office = offices.Read(locality?.Row.Get("election_administration_id")) ?? offices.Read(jurisdictions.State?.Get("election_administration_id"));
        if (office is null && locality is not null)
        {
            locality.Row.ReportError("election_administration_id", FindingCodes.MissingValue,
                "no election office is linked to the locality or the state; set election_administration_id to an election_administration.txt id");
        }
        if (locality is null || office is null || elections.IsEmpty) return null;

        var stateOffice = offices.Read(jurisdictions.State?.Get("election_administration_id"));
        ImmutableArray<string> wide = [.. jurisdictions.WidePlaceIds(locality).Where(locations.ContainsKey).Distinct(StringComparer.Ordinal)];
        return new FeedContent(locality.Name, StateCode(jurisdictions, segments), elections, office,
            ReferenceEquals(stateOffice, office) ? null : stateOffice, precincts, locations, wide,
            locality.IsMailOnly && !jurisdictions.FoldLocalityPlaces, segments,
            offices.ElectionNotice(locality.Row.Get("election_administration_id")));
    }

    /// <summary>Ballot files are not used, but their ids count for duplicates and for references into them.</summary>
    private static void ReadBallotIds(FeedTables tables, ImportContext context)
    {
        var present = VipFiles.Ballot.Where(tables.Has).Order(StringComparer.Ordinal).ToList();
        foreach (var file in present)
        {
            foreach (var _ in tables.Rows(file))
            {
                // Reading registers each row's id.
            }
        }
        if (present.Count > 0)
        {
            context.Findings.Note(tables.FileFor(present[0]), FindingCodes.IgnoredFiles,
                $"contest and candidate data ({string.Join(", ", present)}) is checked for ids only; " +
                "the bot answers \"what is on my ballot\" with what_is_on_my_ballot_uri");
        }
    }

    /// <summary>The state's two-letter code, from the segments (VIP's state.txt holds only the name and FIPS).</summary>
    private static string? StateCode(Jurisdictions jurisdictions, SegmentSet segments)
    {
        var codes = segments.Segments.Select(s => s.State).Where(s => s.Length == 2).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return codes.Count == 1 ? codes[0] : jurisdictions.State?.Get("abbreviation");
    }
}
