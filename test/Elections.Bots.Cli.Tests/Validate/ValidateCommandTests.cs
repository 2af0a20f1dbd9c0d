using System.Text.Json;
using Elections.Bots.Tests;

namespace Elections.Bots.Cli.Tests.Validate;

/// <summary><c>validate</c> and <c>preview</c> as an administrator (or a script) runs them.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_WhenSampleIsClean_ExitsZeroAndSaysItCanBePublished()
    {
        var (exit, output, error) = await CliProcess.RunAsync(null, "validate", RepositoryPaths.Sample("vip"),
            "--faq", RepositoryPaths.Sample("faq.csv"), "--now", "2027-02-17");

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains("0 errors, 1 warning.", output, StringComparison.Ordinal);
        Assert.Contains("Ready to publish as local-", output, StringComparison.Ordinal);
        Assert.Contains("69 street segments, 90 FAQ entries", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WhenFilesHaveErrors_ListsEveryOneWithItsPlaceAndExitsOne()
    {
        using var copy = TemporaryDataset.CopyOfMillbrook();
        TemporaryDataset.Edit(Path.Combine(copy.FeedPath, "precinct.txt"), "loc-millbrook,1,false", "loc-millbrook,1,maybe");
        TemporaryDataset.Edit(Path.Combine(copy.FeedPath, "street_segment.txt"), "1,599,odd", "1A,599,odd");

        var (exit, output, _) = await CliProcess.RunAsync(null, "validate", copy.Path, "--now", "2027-02-17");

        Assert.Equal(1, exit);
        Assert.Contains("precinct.txt:2:6", output, StringComparison.Ordinal);
        Assert.Contains("error   invalid-boolean: 'maybe' is not a boolean; write true or false", output, StringComparison.Ordinal);
        Assert.Contains("street_segment.txt:2:9", output, StringComparison.Ordinal);
        Assert.Contains("Not publishable", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WithJson_PrintsEveryFindingForScripts()
    {
        using var copy = TemporaryDataset.CopyOfMillbrook();
        TemporaryDataset.Edit(Path.Combine(copy.FeedPath, "schedule.txt"), "hrs-eday,07:00:00-05:00", "hrs-eday,7am");

        var (exit, output, _) = await CliProcess.RunAsync(null, "validate", copy.FeedPath, "--json", "--now", "2027-02-17");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("publishable").GetBoolean());
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("severity").GetString() == "error");
        Assert.Equal(("schedule.txt", 2, 3, "invalid-time"),
            (finding.GetProperty("file").GetString(), finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32(), finding.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Validate_WhenAGoldenQuestionIsAnsweredWrong_ExitsOneShowingExpectedAndSaid()
    {
        using var copy = TemporaryDataset.CopyOfMillbrook();
        var golden = Path.Combine(copy.Path, "golden.csv");
        File.WriteAllText(golden, "locale,question,expected_faq_id\nen-US,What ID do I need to vote?,mail-request\n");

        var (exit, output, _) = await CliProcess.RunAsync(null, "validate", copy.FeedPath, "--faq", Path.Combine(copy.Path, "faq.csv"),
            "--golden", golden, "--now", "2027-02-17");

        Assert.Equal(1, exit);
        Assert.Contains("Golden questions: 0 of 1 answered as expected.", output, StringComparison.Ordinal);
        Assert.Contains("expected: mail-request", output, StringComparison.Ordinal);
        Assert.Contains("the bot answered with id-requirements: Northland voters show ID", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WhenGoldenRowsAreUnreadable_ListsEveryOneWithLineAndColumnAndExitsOne()
    {
        using var copy = TemporaryDataset.CopyOfMillbrook();
        var golden = Path.Combine(copy.Path, "golden.csv");
        File.WriteAllText(golden, """
            locale,question,expected_faq_id
            en-US,When is the special election?,election-when
            fr-FR,How do I register to vote?,register-how
            en-US,,register-how
            de-DE,Wo wähle ich?,register-how
            """);

        var (exit, output, error) = await CliProcess.RunAsync(null, "validate", copy.FeedPath, "--faq", Path.Combine(copy.Path, "faq.csv"),
            "--golden", golden, "--now", "2027-02-17");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("golden.csv:3:1", output, StringComparison.Ordinal);
        Assert.Contains("'fr-FR' is not a supported locale", output, StringComparison.Ordinal);
        Assert.Contains("golden.csv:4:", output, StringComparison.Ordinal);
        Assert.Contains("golden.csv:5:1", output, StringComparison.Ordinal);
        Assert.Contains("Golden questions file: 3 row(s) could not be asked", output, StringComparison.Ordinal);
        Assert.Contains("Golden questions: 1 of 1 answered as expected.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WhenFeedPathDoesNotExist_ExitsTwo()
    {
        var (exit, _, error) = await CliProcess.RunAsync(null, "validate", "no-such-feed.zip");

        Assert.Equal(2, exit);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_WhenFilesAreClean_AnswersFromThemBeforePublishing()
    {
        using var copy = TemporaryDataset.CopyOfMillbrook();
        TemporaryDataset.Edit(Path.Combine(copy.Path, "faq.csv"), "Northland voters show ID when voting in person.", "Bring your county voter card.");

        var (exit, output, _) = await CliProcess.RunAsync(null, "preview", "What ID do I need to vote?",
            "--feed", copy.FeedPath, "--faq", Path.Combine(copy.Path, "faq.csv"), "--now", "2027-02-17");

        Assert.Equal(0, exit);
        Assert.Contains("Bring your county voter card.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_WhenFilesHaveErrors_ShowsThemInsteadOfAnAnswer()
    {
        using var copy = TemporaryDataset.CopyOfMillbrook();
        TemporaryDataset.Edit(Path.Combine(copy.FeedPath, "precinct.txt"), "precinct:101,pl-201", "precinct:101,pl-999");

        var (exit, output, error) = await CliProcess.RunAsync(null, "preview", "Where do I vote?",
            "--feed", copy.FeedPath, "--faq", Path.Combine(copy.Path, "faq.csv"));

        Assert.Equal((1, string.Empty), (exit, output));
        Assert.Contains("'pl-999' is not an id in polling_location.txt", error, StringComparison.Ordinal);
    }
}
