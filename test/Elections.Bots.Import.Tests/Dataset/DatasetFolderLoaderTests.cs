using Elections.Bots.Core;
using Elections.Bots.Core.Facts;
using Elections.Bots.Import;
using Elections.Bots.Import.Dataset;
using Elections.Bots.Tests;

namespace Elections.Bots.Import.Tests.Dataset;

public sealed class DatasetFolderLoaderTests
{
    [Fact]
    public void Load_WhenMillbrookSample_ReadsEveryFactTheEngineAnswersFrom()
    {
        var dataset = DatasetFolderLoader.Load(RepositoryPaths.MillbrookDataset);
        var facts = dataset.Facts;

        var election = Assert.Single(facts.Elections);
        Assert.Equal(new DateOnly(2027, 3, 9), election.Date);
        Assert.Equal(new DateOnly(2027, 2, 22), election.RegistrationDeadline);
        Assert.Equal(new DateOnly(2027, 3, 2), election.MailBallotRequestDeadline);
        Assert.True(election.HasSameDayRegistration);
        var hours = Assert.Single(election.ElectionDayHours);
        Assert.Equal((7 * 60, 20 * 60), (hours.OpenMinute, hours.CloseMinute));
        Assert.Equal(TimeSpan.FromHours(-5), hours.UtcOffset);

        Assert.Equal("Millbrook County", facts.JurisdictionName);
        Assert.Equal("NL", facts.StateCode);
        Assert.Equal("555-0142", facts.Office.Phone);
        Assert.Equal("https://elections.millbrookcounty.example.org/where-do-i-vote", facts.Office.Links.WhereDoIVote);
        Assert.Equal("Dolores A. Whitcombe", facts.Office.OfficialName);
        Assert.Equal(12, facts.Precincts.Count);
        Assert.True(facts.Precincts["pre-111"].IsMailOnly);
        Assert.Equal(13, facts.Locations.Count);
        Assert.True(facts.Locations["pl-301"].Is(LocationRoles.EarlyVoting | LocationRoles.DropBox));
        Assert.True(facts.Locations["pl-201"].Is(LocationRoles.ElectionDay));
        Assert.Equal(["pl-301", "pl-302", "pl-401", "pl-402", "pl-403"], facts.JurisdictionWideLocationIds.ToArray());
        Assert.Equal(69, dataset.Segments.Length);
        Assert.Single(facts.TownWideSegments);
        Assert.Equal(90, facts.Faq.Length);
        Assert.Equal(45, facts.Faq.Count(f => f.Locale == Locale.Spanish));
        Assert.Empty(facts.Notices);
    }

    [Fact]
    public void Load_WhenSameFilesTwice_GivesTheSameVersion()
    {
        var first = DatasetFolderLoader.Load(RepositoryPaths.MillbrookDataset);
        var second = DatasetFolderLoader.Load(RepositoryPaths.MillbrookDataset);

        Assert.Equal(first.Facts.DatasetVersion, second.Facts.DatasetVersion);
        Assert.StartsWith("local-", first.Facts.DatasetVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenFileMissing_NamesTheFile()
    {
        using var folder = TemporaryDataset.CopyOfMillbrook();
        File.Delete(Path.Combine(folder.FeedPath, "precinct.txt"));

        var error = Assert.Throws<DatasetLoadException>(() => DatasetFolderLoader.Load(folder.Path));

        Assert.Equal("precinct.txt", error.FileName);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("schedule.txt", "sch-eday-1,hrs-eday,07:00:00-05:00,20:00:00-05:00,,,,2027-03-09,2027-03-09", "sch-eday-1,hrs-eday,7am,20:00:00-05:00,,,,2027-03-09,2027-03-09", 2, 3, "07:00:00-05:00")]
    [InlineData("election.txt", ",2027-03-09,Millbrook", ",03/32/2027,Millbrook", 2, 2, "YYYY-MM-DD")]
    [InlineData("street_segment.txt", "ss-0001,N,Main,St,,Millbrook,NL,99961,1,599,odd", "ss-0001,N,Main,St,,Millbrook,NL,99961,1,599,sometimes", 2, 11, "odd, even or both")]
    [InlineData("street_segment.txt", "ss-0001,N,Main,St,,Millbrook,NL,99961,1,599", "ss-0001,N,Main,St,,Millbrook,NL,99961,1A,599", 2, 9, "whole number")]
    [InlineData("precinct.txt", "pre-101,Millbrook 1,101,loc-millbrook,1,false", "pre-101,Millbrook 1,101,loc-millbrook,1,maybe", 2, 6, "true or false")]
    [InlineData("precinct.txt", "precinct:101,pl-201", "precinct:101,pl-999", 2, 11, "pl-999")]
    public void Load_WhenValueMalformed_ReportsFileLineColumnAndFix(
        string file, string original, string replacement, int line, int column, string fix)
    {
        using var folder = TemporaryDataset.CopyOfMillbrook();
        var path = Path.Combine(folder.FeedPath, file);
        var content = File.ReadAllText(path);
        Assert.Contains(original, content, StringComparison.Ordinal);
        File.WriteAllText(path, ReplaceFirst(content, original, replacement));

        var error = Assert.Throws<DatasetLoadException>(() => DatasetFolderLoader.Load(folder.Path));

        Assert.Equal(file, error.FileName);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(fix, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenRowHasUnquotedComma_SaysHowManyValuesWereExpected()
    {
        using var folder = TemporaryDataset.CopyOfMillbrook();
        var path = Path.Combine(folder.FeedPath, "precinct.txt");
        File.AppendAllText(path, "pre-199,Extra, Precinct,199,loc-millbrook,,false,,ocd-id,,x,pl-201\n");

        var error = Assert.Throws<DatasetLoadException>(() => DatasetFolderLoader.Load(folder.Path));

        Assert.Equal(14, error.Line);
        Assert.Contains("expected 11 values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenQuoteNeverClosed_PointsAtTheRecord()
    {
        using var folder = TemporaryDataset.CopyOfMillbrook();
        var path = Path.Combine(folder.Path, "faq.csv");
        File.AppendAllText(path, "broken,en-US,general,\"What is this?,Nothing\n");

        var error = Assert.Throws<DatasetLoadException>(() => DatasetFolderLoader.Load(folder.Path));

        Assert.Equal("faq.csv", error.FileName);
        Assert.Equal(92, error.Line);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenNoticesFilePresent_ScopesNoticesToPrecinctsAndPlaces()
    {
        using var folder = TemporaryDataset.CopyOfMillbrook();
        File.WriteAllText(Path.Combine(folder.Path, "notices.csv"),
            "id,text_en,text_es,uri,precinct_ids,location_ids,valid_until\n" +
            "moved,The Oak Ridge polling place has moved.,El lugar de Oak Ridge cambió.,,pre-103,,2027-03-09T20:00:00-05:00\n" +
            "everywhere,Storm warning.,,,,,\n");

        var notices = DatasetFolderLoader.Load(folder.Path).Facts.Notices;

        Assert.Equal(2, notices.Length);
        Assert.Equal(["pre-103"], notices[0].PrecinctIds.ToArray());
        Assert.Equal(new DateTimeOffset(2027, 3, 9, 20, 0, 0, TimeSpan.FromHours(-5)), notices[0].ValidUntil);
        Assert.True(notices[1].IsEverywhere);
        Assert.Equal("Storm warning.", notices[1].TextFor(Locale.Spanish));
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + find.Length));
    }
}
