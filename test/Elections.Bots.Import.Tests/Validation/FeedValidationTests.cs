using Elections.Bots.Import.Findings;
using Elections.Bots.Tests;

namespace Elections.Bots.Import.Tests.Validation;

/// <summary>One broken copy of the Millbrook feed per kind of problem: the finding names file, line, column and the fix.</summary>
public sealed class FeedValidationTests
{
    private const FindingSeverity E = FindingSeverity.Error;
    private const FindingSeverity W = FindingSeverity.Warning;

    /// <summary>"a.txt>b.txt": the edit is in a.txt, the finding in b.txt (a duplicate is reported where it is seen second).</summary>
    public static TheoryData<string, string, string, FindingSeverity, string, int?, int?, string> Problems => new()
    {
        // VIP's own validator kinds.
        { "street_segment.txt", "ss-0002,N,Main,St,,Millbrook,NL,99961,2,598,even", "ss-0002,N,Main,St,,Millbrook,NL,99961,2,598,both", E, "overlaps", 3, null, "'ss-0001' (line 2) puts in 'pre-101'" },
        { "street_segment.txt", "1,599,odd", "1A,599,odd", E, "invalid-house-number", 2, 9, "'1A' is not a whole number" },
        { "street_segment.txt", "99961,1,599", "99961,700,599", E, "house-number-range", 2, 10, "lower than start_house_number 700" },
        { "street_segment.txt", "599,odd", "599,sometimes", E, "invalid-odd-even-both", 2, 11, "odd, even or both" },
        { "street_segment.txt", "NL,99961,1,599,odd", "NL,9996,1,599,odd", E, "invalid-zip", 2, 8, "'9996' is not a ZIP code" },
        { "street_segment.txt", "NL,99961,1,599,odd", "Northland,99961,1,599,odd", E, "invalid-state", 2, 7, "two-letter state code" },
        { "street_segment.txt", "1,599,odd,false,false,,,,pre-101", "1,599,odd,false,false,,,4B,pre-101", E, "address-detail-on-range", 2, 16, "single address" },
        { "street_segment.txt", "ss-0001,N,Main,St,,Millbrook,", "ss-0001,N,Main,St,,,", E, "missing-value", 2, 6, "city is required" },
        { "street_segment.txt", "false,false,,,,pre-101", "false,false,,,,pre-999", E, "no-referent", 2, 17, "'pre-999' is not an id in precinct.txt" },
        { "street_segment.txt", "unit_number,precinct_id", "unit_number,precint_id", E, "missing-headers", 1, null, "no 'precinct_id' column" },
        { "street_segment.txt", "unit_number,precinct_id", "unit_number,precint_id", W, "extraneous-headers", 1, null, "'precint_id' is not a VIP column" },
        { "precinct.txt", "pre-101,Millbrook 1,101,loc-millbrook,1,false", "pre-101,Millbrook 1,101,loc-millbrook,1,maybe", E, "invalid-boolean", 2, 6, "write true or false" },
        { "precinct.txt", "pre-101,Millbrook 1,101,loc-millbrook,1,false", "pre-101,Millbrook 1,101,loc-millbrook,1,FALSE", W, "not-lower-case", 2, 6, "only lower-case" },
        { "precinct.txt", "pre-101,Millbrook 1,", "pre-101,,", E, "missing-value", 2, 2, "name is required" },
        { "precinct.txt", "precinct:101,pl-201", "precinct:101,pl-999", E, "no-referent", 2, 11, "'pl-999' is not an id in polling_location.txt" },
        { "precinct.txt", "pre-102,Millbrook 2,102,loc-millbrook", "pre-102,Millbrook 2,102,loc-millbrok", E, "no-referent", 3, 4, "'loc-millbrok' is not an id in locality.txt" },
        { "polling_location.txt>precinct.txt", "pl-202,Oak Ridge", "pre-101,Oak Ridge", E, "duplicates", 2, 1, "already used in polling_location.txt line 3" },
        { "polling_location.txt", ",515 Oak Ridge Dr,", ",,", E, "missing-either-address-line-or-address-structured", 3, 3, "has no address" },
        { "polling_location.txt", "hrs-eday,,false,false,,,", "hrs-eday,,false,false,38.0,78.5,", W, "invalid-lat-lng", 2, 17, "negative longitudes" },
        { "election.txt", "2027-03-09,Millbrook", "03/32/2027,Millbrook", E, "invalid-date", 2, 2, "YYYY-MM-DD" },
        { "election.txt", "2027-03-09,Millbrook", "03/09/2027,Millbrook", W, "non-iso-date", 2, 2, "read as 2027-03-09" },
        { "election.txt", "County,st98", "County,st99", E, "no-referent", 2, 5, "'st99' is not an id in state.txt" },
        { "schedule.txt", "sch-eday-1,hrs-eday,07:00:00-05:00", "sch-eday-1,hrs-eday,07:00:00", E, "invalid-time", 2, 3, "has no UTC offset" },
        { "schedule.txt", "sch-eday-1,hrs-eday,07:00:00-05:00", "sch-eday-1,hrs-eday,7am", E, "invalid-time", 2, 3, "write it like 07:00:00-05:00" },
        { "schedule.txt", "hrs-eday,07:00:00-05:00,20:00:00-05:00", "hrs-eday,21:00:00-05:00,20:00:00-05:00", E, "time-order", 2, 4, "not after start_time" },
        { "schedule.txt", "2027-02-22,2027-02-27", "2027-02-28,2027-02-27", E, "date-order", 3, 9, "before start_date" },
        { "schedule.txt", "2027-03-01,2027-03-06", "2027-02-25,2027-03-06", E, "overlapping-hours", 4, 3, "overlap other hours of 'hrs-ev'" },
        { "contact_information.txt", "elections@millbrookcounty.example.org", "elections at millbrookcounty", E, "invalid-email", 2, 8, "not an email address" },
        { "source.txt", ",98013,", ",98O13,", E, "invalid-fips", 2, 3, "not a FIPS code" },
        { "source.txt", "/terms,5.2", "/terms,3.0", E, "unsupported-version", 2, 8, "not VIP 5.x" },
        { "department.txt>election_administration.txt", "dep-northland,ea-northland,\n", "", E, "missing-department", 3, 1, "'ea-northland' has no department" },
        { "election_administration.txt", "example.org/provisional,,", "example.org/provisional,,https://elections.millbrookcounty.example.org/notice", E, "missing-election-notice-text", 2, 12, "needs election_notice_text" },
        { "election_administration.txt", "ea-millbrook,https://elections", "ea-millbrook,elections", W, "uri-without-scheme", 2, 2, "does not start with https://" },
        // Ours: what voters would hear.
        { "precinct.txt", "precinct:101,pl-201", "precinct:101,", W, "precinct-without-polling-place", 2, 11, "'pre-101' has no election-day polling place" },
        { "precinct.txt", "precinct:101,pl-201", "precinct:101,pl-201 pl-301", W, "multiple-polling-locations-mappings", 2, 11, "'pl-301' is listed on both" },
        { "polling_location.txt", "hrs-eday,,false,false", ",,false,false", W, "election-day-place-without-hours", 2, 12, "voters will hear the election's hours" },
        { "schedule.txt", "2027-03-01,2027-03-06", "2027-03-01,2027-03-12", W, "schedule-outside-election", 4, null, "run past Election Day (2027-03-09)" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Import_WhenFeedHasProblem_ReportsItWithFileLineColumnAndFix(
        string file, string find, string replace, FindingSeverity severity, string code, int? line, int? column, string fix)
    {
        var edited = file.Split('>')[0];
        var reported = file.Split('>')[^1];
        using var copy = TemporaryDataset.CopyOfMillbrook();
        TemporaryDataset.Edit(Path.Combine(copy.FeedPath, edited), find, replace);

        var result = ImportRun.Millbrook(copy);

        var finding = Assert.Single(result.Report.Findings, f => f.Code == code && f.File == reported);
        Assert.Equal((severity, line, column), (finding.Severity, finding.Line, finding.Column));
        Assert.Contains(fix, finding.Message, StringComparison.Ordinal);
        if (severity == E) Assert.Null(result.Dataset);
    }

    [Fact]
    public void Import_WhenMillbrookUnchanged_HasNoErrorsAndBuildsTheDataset()
    {
        using var copy = TemporaryDataset.CopyOfMillbrook();

        var result = ImportRun.Millbrook(copy);

        Assert.False(result.Report.HasErrors, ImportRun.Describe(result.Report));
        Assert.Equal(["unknown-fips"], result.Report.Findings.Select(f => f.Code).ToArray());
        Assert.NotNull(result.Dataset);
    }

    [Fact]
    public void Import_WhenRequiredFileMissing_NamesItAndBuildsNothing()
    {
        using var copy = TemporaryDataset.CopyOfMillbrook();
        File.Delete(Path.Combine(copy.FeedPath, "precinct.txt"));

        var result = ImportRun.Millbrook(copy);

        var finding = ImportRun.Single(result.Report, FindingCodes.MissingCsv);
        Assert.Equal("precinct.txt", finding.File);
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void Import_WhenRowHasUnquotedComma_ReportsTheRowAndKeepsReading()
    {
        using var copy = TemporaryDataset.CopyOfMillbrook();
        File.AppendAllText(Path.Combine(copy.FeedPath, "precinct.txt"), "pre-199,Extra, Precinct,199,loc-millbrook,,false,,ocd-id,,x,pl-201\n");
        TemporaryDataset.Edit(Path.Combine(copy.FeedPath, "street_segment.txt"), "1,599,odd", "1A,599,odd");

        var report = ImportRun.Millbrook(copy).Report;

        var finding = ImportRun.Single(report, FindingCodes.NumberOfValues);
        Assert.Equal(("precinct.txt", 14), (finding.File, finding.Line));
        Assert.Contains("expected 11 values", finding.Message, StringComparison.Ordinal);
        Assert.Single(report.Findings, f => f.Code == FindingCodes.InvalidHouseNumber);
    }

    [Fact]
    public void Import_WhenManyProblemsOfOneKind_ListsTheFirstFiftyAndCountsTheRest()
    {
        using var copy = TemporaryDataset.CopyOfMillbrook();
        var path = Path.Combine(copy.FeedPath, "street_segment.txt");
        File.WriteAllText(path, File.ReadAllText(path).Replace(",false,false,", ",yes,false,", StringComparison.Ordinal));

        var report = ImportRun.Millbrook(copy).Report;

        Assert.Equal(50, report.Findings.Count(f => f.Code == FindingCodes.InvalidBoolean));
        var omitted = Assert.Single(report.Omitted);
        Assert.Equal((FindingCodes.InvalidBoolean, "street_segment.txt"), (omitted.Code, omitted.File));
        Assert.Equal(report.ErrorCount - 50, omitted.Count);
        Assert.True(omitted.Count > 0);
    }
}
