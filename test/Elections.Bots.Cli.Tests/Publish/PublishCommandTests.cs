using System.Text.Json;
using Elections.Bots.DynamoDb.Tests.Dynalite;
using Elections.Bots.Tests;

namespace Elections.Bots.Cli.Tests.Publish;

/// <summary>
/// publish, versions, rollback and notice against a real DynamoDB-compatible server: what voters hear changes only
/// after every check passed, and changes back with one command.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PublishCommandTests
{
    private const string Now = "2027-02-17";

    [Fact]
    public async Task Publish_WhenFeedAndGoldenQuestionsPass_VotersHearTheNewVersion()
    {
        await using var server = await DynaliteServer.StartAsync();

        var (exit, output, _) = await PublishAsync(server, RepositoryPaths.MillbrookDataset, "--golden", RepositoryPaths.Sample("golden-questions.csv"));

        Assert.Equal(0, exit);
        Assert.Contains("Golden questions: 30 of 30 answered as expected.", output, StringComparison.Ordinal);
        Assert.Matches(@"street-segments\s+68", output);
        var version = VersionIn(output);
        var asked = await CliProcess.RunAsync(null, "ask", "when is the last day to register", "--json", "--now", Now, "--table", "facts", "--endpoint", server.ServiceUrl);
        using var json = JsonDocument.Parse(asked.Output);
        Assert.Equal(version, json.RootElement.GetProperty("datasetVersion").GetString());
    }

    [Fact]
    public async Task Publish_WhenFeedHasErrors_WritesNothingAndVotersKeepThePreviousVersion()
    {
        await using var server = await DynaliteServer.StartAsync();
        var previous = VersionIn((await PublishAsync(server, RepositoryPaths.MillbrookDataset)).Output);
        using var copy = TemporaryDataset.CopyOfMillbrook();
        TemporaryDataset.Edit(Path.Combine(copy.FeedPath, "precinct.txt"), "precinct:101,pl-201", "precinct:101,pl-999");

        var (exit, output, _) = await PublishAsync(server, copy.Path);

        Assert.Equal(1, exit);
        Assert.Contains("'pl-999' is not an id in polling_location.txt", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was published.", output, StringComparison.Ordinal);
        Assert.Equal([$"* {previous}"], VersionRows((await VersionsAsync(server)).Output));
    }

    // A question answered wrong, and a row that cannot be asked at all (it must stop the publish, not be skipped).
    [Theory]
    [InlineData("en-US,What ID do I need to vote?,mail-request", "expected: mail-request", "the bot answered with id-requirements")]
    [InlineData("en-US,What ID do I need to vote?,id-requirements\nfr-FR,Where do I vote?,polling-place", "golden.csv:3:1", "'fr-FR' is not a supported locale")]
    public async Task Publish_WhenTheGoldenGateFails_WritesNothingAndSaysWhy(string rows, string shows, string alsoShows)
    {
        await using var server = await DynaliteServer.StartAsync();
        var previous = VersionIn((await PublishAsync(server, RepositoryPaths.MillbrookDataset)).Output);
        using var copy = TemporaryDataset.CopyOfMillbrook();
        TemporaryDataset.Edit(Path.Combine(copy.Path, "faq.csv"), "Northland voters show ID", "Voters show ID");
        var golden = Path.Combine(copy.Path, "golden.csv");
        File.WriteAllText(golden, "locale,question,expected_faq_id\n" + rows + "\n");

        var (exit, output, _) = await PublishAsync(server, copy.Path, "--golden", golden);

        Assert.Equal(1, exit);
        Assert.Contains(shows, output, StringComparison.Ordinal);
        Assert.Contains(alsoShows, output, StringComparison.Ordinal);
        Assert.Contains("Nothing was published", output, StringComparison.Ordinal);
        Assert.Equal([$"* {previous}"], VersionRows((await VersionsAsync(server)).Output));
    }

    [Fact]
    public async Task Rollback_AfterASecondPublish_MakesTheFirstVersionActiveAgain()
    {
        await using var server = await DynaliteServer.StartAsync();
        using var copy = TemporaryDataset.CopyOfMillbrook();
        var first = VersionIn((await PublishAsync(server, copy.Path)).Output);
        TemporaryDataset.Edit(Path.Combine(copy.Path, "faq.csv"), "Northland voters show ID", "Voters show ID");
        var second = VersionIn((await PublishAsync(server, copy.Path)).Output);

        var before = (await VersionsAsync(server)).Output;
        var (exit, output, _) = await CliProcess.RunAsync(null, "rollback", first, "--table", "facts", "--endpoint", server.ServiceUrl);
        var after = (await VersionsAsync(server)).Output;

        Assert.NotEqual(first, second);
        Assert.Contains($"* {second}", before, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.Contains($"Rolled 'facts' back to {first} (was {second})", output, StringComparison.Ordinal);
        Assert.Contains($"* {first}", after, StringComparison.Ordinal);
        Assert.Contains($"  {second}", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notice_WhenSetThenCleared_VotersHearItOnlyWhileSet()
    {
        await using var server = await DynaliteServer.StartAsync();
        await PublishAsync(server, RepositoryPaths.MillbrookDataset);
        string[] ask = ["ask", "when is the election", "--now", Now, "--table", "facts", "--endpoint", server.ServiceUrl];

        var set = await CliProcess.RunAsync(null, "notice", "set", "--text-en", "All polling places open at 9 a.m. because of snow.",
            "--until", "2027-03-09T20:00", "--now", Now, "--table", "facts", "--endpoint", server.ServiceUrl);
        var during = await CliProcess.RunAsync(null, ask);
        var clear = await CliProcess.RunAsync(null, "notice", "clear", "--table", "facts", "--endpoint", server.ServiceUrl);
        var after = await CliProcess.RunAsync(null, ask);

        Assert.Equal((0, 0), (set.ExitCode, clear.ExitCode));
        Assert.Contains("because of snow", during.Output, StringComparison.Ordinal);
        Assert.Contains("Cleared 'notice'", clear.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("because of snow", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoticeSet_WhenPrecinctIsNotInThePublishedDataset_ExitsTwo()
    {
        await using var server = await DynaliteServer.StartAsync();
        await PublishAsync(server, RepositoryPaths.MillbrookDataset);

        var (exit, _, error) = await CliProcess.RunAsync(null, "notice", "set", "--text-en", "Moved.", "--precincts", "pre-999",
            "--until", "2027-03-09", "--now", Now, "--table", "facts", "--endpoint", server.ServiceUrl);

        Assert.Equal(2, exit);
        Assert.Contains("pre-999 is not in the published dataset", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_WithDryRun_ShowsWhatWouldBeWrittenWithoutATable()
    {
        var (exit, output, _) = await CliProcess.RunAsync(null, "publish", RepositoryPaths.MillbrookDataset, "--faq", RepositoryPaths.Sample("faq.csv"),
            "--table", "facts", "--endpoint", "http://127.0.0.1:9", "--dry-run", "--now", Now);

        Assert.Equal(0, exit);
        Assert.Contains("Dry run: version local-", output, StringComparison.Ordinal);
        Assert.Matches(@"precincts\s+12", output);
    }

    private static Task<(int ExitCode, string Output, string Error)> PublishAsync(DynaliteServer server, string dataset, params string[] extra) =>
        CliProcess.RunAsync(null, ["publish", dataset, "--faq", Path.Combine(dataset, "faq.csv"), "--table", "facts",
            "--endpoint", server.ServiceUrl, "--create-table", "--now", Now, .. extra]);

    private static Task<(int ExitCode, string Output, string Error)> VersionsAsync(DynaliteServer server) =>
        CliProcess.RunAsync(null, "versions", "--table", "facts", "--endpoint", server.ServiceUrl);

    /// <summary>"* local-…" or "  local-…" for each listed version.</summary>
    private static string[] VersionRows(string output) =>
        [.. output.Split('\n').Where(l => l.Length > 2 && l[2..].StartsWith("local-", StringComparison.Ordinal)).Select(l => l[..2] + l[2..].Split(' ')[0])];

    private static string VersionIn(string output)
    {
        var match = System.Text.RegularExpressions.Regex.Match(output, @"Published (local-[0-9a-f]+)");
        Assert.True(match.Success, output);
        return match.Groups[1].Value;
    }
}
