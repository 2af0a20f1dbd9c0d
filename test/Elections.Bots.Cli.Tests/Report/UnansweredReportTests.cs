using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Elections.Bots.Cli.Report;
using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Unanswered;
using Elections.Bots.DynamoDb.Publishing;
using Elections.Bots.DynamoDb.Table;
using Elections.Bots.DynamoDb.Tests.Dynalite;
using Elections.Bots.DynamoDb.Unanswered;
using Elections.Bots.Import.Dataset;
using Elections.Bots.Tests;

namespace Elections.Bots.Cli.Tests.Report;

public sealed class UnansweredReportTests : IDisposable
{
    private static readonly DateOnly Today = new(2027, 3, 1);
    private readonly string _file = Path.Combine(Path.GetTempPath(), "eb-unanswered-" + Guid.NewGuid().ToString("N") + ".jsonl");

    public void Dispose() => File.Delete(_file);

    private static readonly UnansweredQuestion[] Questions =
    [
        Question("Can I bring my dog to the polling place?", Channel.Web),
        Question("can i bring my dog when i vote", Channel.Sms),
        Question("are dogs allowed at the polls", Channel.Alexa, UnansweredReason.CloseCall),
        Question("Is there parking at the polling place?", Channel.Web, day: Today.AddDays(-3)),
        Question("parking at the polls?", Channel.ConnectVoice, day: Today.AddDays(-2)),
        Question("=HYPERLINK(\"http://evil.example\",\"click\") can I vote twice", Channel.Web),
        Question("¿Puedo llevar a mi perro a votar?", Channel.Web, locale: Locale.Spanish),
        Question("asked long ago about dogs at the polls", Channel.Web, day: Today.AddDays(-20)),
    ];

    private static UnansweredQuestion Question(string text, Channel channel, UnansweredReason reason = UnansweredReason.NoMatch,
        Locale locale = Locale.English, DateOnly? day = null) => new(text, channel, locale, day ?? Today, reason);

    private async Task<string> RunAsync(bool csv, int days = 7, int top = 20)
    {
        using (var store = new JsonLinesQuestionStore(_file)) await store.SaveAsync(Questions, CancellationToken.None);
        using var output = new StringWriter();
        var exit = await UnansweredReport.RunAsync(
            new UnansweredSettings(days, top, csv, null, null, _file, RepositoryPaths.MillbrookDataset, Today), output, CancellationToken.None);
        Assert.Equal(0, exit);
        return output.ToString();
    }

    private static List<string[]> CsvRows(string csv) =>
        [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(SplitCsv)];

    [Fact]
    public async Task RunAsync_WithCsv_GroupsParaphrasesMostAskedFirstWithTheClosestFaqEntry()
    {
        var rows = CsvRows(await RunAsync(csv: true));

        Assert.Equal(["1", "3", "en-US"], rows[0][..3]);
        Assert.Equal("1", rows[0][4]);
        Assert.Equal("2027-03-01", rows[0][6]);
        Assert.Equal("Can I bring my dog to the polling place?", rows[0][7]);
        Assert.NotEqual("", rows[0][9]);
        Assert.Contains(MillbrookBot.LoadSample().Facts.Faq, e => e.Id == rows[0][9] && e.Question == rows[0][10]);
        Assert.Equal(["2", "2", "en-US", "web 1, connect-voice 1"], rows[1][..4]);
        Assert.Contains(rows, r => r[2] == "es-US" && r[7] == "¿Puedo llevar a mi perro a votar?");
        Assert.Equal(4, rows.Count);
    }

    // The placeholder stands for what was removed; its own word must not pick the entry about updating a name.
    [Fact]
    public void Rows_WhenTheExampleHoldsAPlaceholder_FindTheClosestEntryByTheOtherWords()
    {
        var facts = MillbrookBot.LoadSample().Facts;
        var withName = UnansweredReport.Rows([Question("can [name] drive me to vote", Channel.Web)], facts, Today).Single();
        var without = UnansweredReport.Rows([Question("can drive me to vote", Channel.Web)], facts, Today).Single();

        Assert.Equal(without.Closest?.Entry.Id, withName.Closest?.Entry.Id);
    }

    [Fact]
    public async Task RunAsync_WithCsv_NeverLetsAVotersWordsRunAsASpreadsheetFormula()
    {
        var rows = CsvRows(await RunAsync(csv: true));

        Assert.Contains(rows, r => r[7] == "'=HYPERLINK(\"http://evil.example\",\"click\") can I vote twice");
        Assert.DoesNotContain(rows, r => r[7].StartsWith('='));
    }

    [Fact]
    public async Task RunAsync_WithMoreDays_IncludesOlderQuestions()
    {
        var week = CsvRows(await RunAsync(csv: true));
        File.Delete(_file);
        var month = CsvRows(await RunAsync(csv: true, days: 30));

        Assert.Equal(Questions.Length - 1, week.Sum(r => Count(r)));
        Assert.Equal(Questions.Length, month.Sum(r => Count(r)));
    }

    [Fact]
    public async Task RunAsync_AsATable_ShowsTheTopGroupsAndSaysHowManyMore()
    {
        var table = await RunAsync(csv: false, top: 2);

        Assert.Contains("7 in 4 groups", table, StringComparison.Ordinal);
        Assert.Contains("Can I bring my dog to the polling place?", table, StringComparison.Ordinal);
        Assert.Contains("… 2 more groups", table, StringComparison.Ordinal);
        Assert.DoesNotContain("HYPERLINK", table, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--now", "2027-03-01")]
    [InlineData("--file", "x.jsonl", "--table", "facts")]
    [InlineData("--file", "x.jsonl", "--days", "31")]
    [InlineData("--file", "no-such-questions.jsonl")]
    public async Task Unanswered_WhenTheSourceIsMissingOrAmbiguous_ExitsTwoWithASentence(params string[] arguments)
    {
        var (exit, output, error) = await CliProcess.RunAsync(null, ["report", "unanswered", .. arguments]);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("every question", error, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Integration")]
    public async Task Unanswered_WithTable_ReadsTheQuestionsTableBesideTheFactsTable()
    {
        await using var server = await DynaliteServer.StartAsync();
        var config = FactTableClientConfig.ForAdministration("us-east-1", server.ServiceUrl);
        using var client = new AmazonDynamoDBClient(new BasicAWSCredentials("test", "test"), config);
        await new FactTable(client, "facts", TimeProvider.System).EnsureAsync(CancellationToken.None);
        await new FactTable(client, "facts-unanswered", TimeProvider.System).EnsureAsync(CancellationToken.None);
        var dataset = DatasetFolderLoader.Load(RepositoryPaths.MillbrookDataset);
        await new DatasetPublisher(client, new PublisherOptions { TableName = "facts" }, TimeProvider.System)
            .PublishAsync(dataset.Facts, dataset.Segments, CancellationToken.None);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await new DynamoUnansweredQuestionStore(client, "facts-unanswered", TimeProvider.System)
            .SaveAsync([.. Questions.Select(q => q with { Day = today.AddDays(q.Day.DayNumber - Today.DayNumber) })], CancellationToken.None);

        var (exit, output, error) = await CliProcess.RunAsync(null,
            "report", "unanswered", "--table", "facts", "--endpoint", server.ServiceUrl, "--csv", "--time-zone", "Etc/UTC");

        Assert.True(exit == 0, error);
        var rows = CsvRows(output);
        Assert.Equal(["1", "3", "en-US"], rows[0][..3]);
        Assert.Equal(4, rows.Count);

        var (wrongExit, _, wrongError) = await CliProcess.RunAsync(null,
            "report", "unanswered", "--table", "facts", "--questions-table", "no-such-table", "--endpoint", server.ServiceUrl);

        Assert.Equal(2, wrongExit);
        Assert.Contains("'no-such-table' does not exist", wrongError, StringComparison.Ordinal);
    }

    private static int Count(string[] row) => int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 fields: quoted fields may hold commas, and "" is a quote.</summary>
    private static string[] SplitCsv(string line)
    {
        line = line.TrimEnd('\r');
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return [.. fields];
    }
}
