using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Tests.Samples;

/// <summary>
/// VIP's own samples (Fixtures/vip-samples, licences in SOURCE.md): they load, and their known oddities come
/// out as warnings, never as crashes or blocking errors.
/// </summary>
public sealed class VipSampleTests
{
    [Fact]
    public void Import_WhenOfficialXmlSample_LoadsTheSameObjectsAsCsvWould()
    {
        var result = ImportRun.Run(ImportRun.Fixture("vip-samples", "sample_feed_v5.xml"), now: "2013-10-01T12:00");

        Assert.False(result.Report.HasErrors, ImportRun.Describe(result.Report));
        var dataset = Assert.IsType<Elections.Bots.Import.Dataset.LoadedDataset>(result.Dataset);
        var facts = dataset.Facts;
        var election = Assert.Single(facts.Elections);
        Assert.Equal(("2013 Virginia General Election", new DateOnly(2013, 11, 5)), (election.Name, election.Date));
        Assert.Equal((6 * 60, 19 * 60), (election.ElectionDayHours[0].OpenMinute, election.ElectionDayHours[0].CloseMinute));
        Assert.Equal(TimeSpan.FromHours(-5), election.ElectionDayHours[0].UtcOffset);
        Assert.Equal("ALBEMARLE COUNTY", facts.JurisdictionName);
        Assert.Equal("ALBEMARLE COUNTY VOTER REGISTRATION", facts.Office.Name);
        Assert.Equal("RICHARD J. WASHBURNE", facts.Office.OfficialName);
        Assert.Equal(32, facts.Precincts.Count);
        Assert.Equal(27, facts.Locations.Count);
        Assert.Equal(13, dataset.Segments.Length);
        Assert.True(facts.Locations["pl00000"].Is(LocationRoles.EarlyVoting | LocationRoles.DropBox));
        Assert.Equal("2775 Hydraulic Rd, Charlottesville, VA 229018917", facts.Locations["pl81273"].Address.ToSingleLine());
        Assert.Equal(3, facts.Locations["pl81273"].Hours.Length);
        Assert.Equal("This is an emergency notification for this election.", Assert.Single(facts.Notices).TextEnglish);
        var split = Assert.Single(dataset.Segments, s => s.Id == "ss1");
        Assert.Equal(("B", "1/2"), (split.HouseNumberPrefix, split.HouseNumberSuffix));
        Assert.Contains(result.Report.Findings, f => f.Code == FindingCodes.MultipleLocalities && f.Line == 75);
    }

    [Fact]
    public void Import_WhenOfficialXmlSampleAfterItsElection_WarnsButStillLoads()
    {
        var result = ImportRun.Run(ImportRun.Fixture("vip-samples", "sample_feed_v5.xml"));

        var past = ImportRun.Single(result.Report, FindingCodes.ElectionInPast);
        Assert.Equal(("sample_feed_v5.xml", 29), (past.File, past.Line));
        Assert.NotNull(result.Dataset);
    }

    [Fact]
    public void Import_WhenDataProcessorCsvFeed_ReadsUsDatesIdLastAnd51ColumnsWithWarnings()
    {
        var result = ImportRun.Run(ImportRun.Fixture("vip-samples", "csv-5.2"));

        Assert.False(result.Report.HasErrors, ImportRun.Describe(result.Report));
        var facts = result.Dataset!.Facts;
        Assert.Equal(new DateOnly(2016, 10, 8), Assert.Single(facts.Elections).Date);
        Assert.Equal("Locality #1", facts.JurisdictionName);
        Assert.Equal(3, facts.Precincts.Count);
        Assert.Equal(2, result.Dataset.Segments.Length);
        var codes = result.Report.Findings.Select(f => f.Code).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            FindingCodes.NonIsoDate, FindingCodes.UriWithoutScheme, FindingCodes.InvalidLatLng, FindingCodes.ElectionInPast,
            FindingCodes.PrecinctWithoutPollingPlace, FindingCodes.ScheduleOutsideElection, FindingCodes.IgnoredFiles,
        }, codes);
        var usDate = Assert.Single(result.Report.Findings, f => f.Code == FindingCodes.NonIsoDate && f.Column == 2);
        Assert.Equal(("election.txt", 2), (usDate.File, usDate.Line));
    }

    [Fact]
    public void Import_WhenSeveralLocalities_GivesEachPrecinctOnlyItsOwnCountyWidePlaces()
    {
        var facts = ImportRun.Run(ImportRun.Fixture("vip-samples", "csv-5.2")).Dataset!.Facts;

        Assert.Empty(facts.JurisdictionWideLocationIds.Except(["poll001", "poll002", "poll003"]));
        Assert.DoesNotContain("poll001", facts.Precincts["pre90113"].PollingLocationIds);
        Assert.Contains("poll003", facts.Precincts["pre90113"].PollingLocationIds);
    }
}
