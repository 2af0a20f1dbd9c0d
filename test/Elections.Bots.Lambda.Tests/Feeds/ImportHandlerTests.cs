using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Elections.Bots.DynamoDb.Publishing;
using Elections.Bots.DynamoDb.Store;
using Elections.Bots.DynamoDb.Table;
using Elections.Bots.DynamoDb.Tests.Dynalite;
using Elections.Bots.Import.Dataset;
using Elections.Bots.Lambda.Feeds;
using Elections.Bots.Lambda.Handlers;
using Elections.Bots.Lambda.Tests.Support;
using Elections.Bots.Tests;
using Microsoft.Extensions.Time.Testing;

namespace Elections.Bots.Lambda.Tests.Feeds;

/// <summary>
/// The import function against a real DynamoDB-compatible server and an in-memory bucket: a good zip goes live
/// with a report; a broken one leaves voters on the version they had, and the report says what to fix and where.
/// </summary>
[Trait("Category", "Integration")]
[Collection(ImportHandlerTests.Serial)]
public sealed class ImportHandlerTests : IAsyncLifetime, IDisposable
{
    /// <summary>Runs alone: it starts a DynamoDB-compatible server per test, which the loop tests' timing does not need beside it.</summary>
    public const string Serial = "Import handler, alone";

    private const string Table = "facts";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 2, 17, 15, 0, 0, TimeSpan.Zero));
    private readonly InMemoryFeedObjects _bucket = new();
    private readonly string _work = Directory.CreateTempSubdirectory("import-tests-").FullName;
    private DynaliteServer? _server;
    private AmazonDynamoDBClient? _client;

    public async Task InitializeAsync()
    {
        _server = await DynaliteServer.StartAsync();
        _client = new AmazonDynamoDBClient(new BasicAWSCredentials("test", "test"), FactTableClientConfig.ForAdministration("us-east-1", _server.ServiceUrl));
        // Real time: creating a table polls until it is ACTIVE, and a frozen clock would never let the poll return.
        await new FactTable(_client, Table, TimeProvider.System).EnsureAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task HandleAsync_WhenAGoodZipIsUploaded_PublishesItAndWritesTheReport()
    {
        var result = await UploadAsync("feeds/millbrook-2027.zip", MillbrookZip.Create());

        Assert.False(result.IsError, Text(result));
        using var report = ReportFor("reports/millbrook-2027.json");
        var root = report.RootElement;
        Assert.Equal(ImportOutcomes.Published, root.GetProperty("outcome").GetString());
        var version = root.GetProperty("published").GetProperty("version").GetString();
        Assert.Equal(68, root.GetProperty("published").GetProperty("counts").GetProperty("street-segments").GetInt64());
        Assert.Equal(0, root.GetProperty("validation").GetProperty("errors").GetInt32());
        var golden = root.GetProperty("validation").GetProperty("golden").EnumerateArray().ToList();
        Assert.Equal(30, golden.Count);
        Assert.All(golden, answer => Assert.True(answer.GetProperty("passed").GetBoolean()));
        Assert.Equal(version, await ActiveVersionAsync());
        Assert.Contains(version!, Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WhenTheFeedHasAnError_ReportsWhereAndVotersKeepThePreviousVersion()
    {
        await UploadAsync("feeds/first.zip", MillbrookZip.Create());
        var previous = await ActiveVersionAsync();

        var broken = MillbrookZip.Create(MillbrookZip.Replace("vip/precinct.txt", "precinct:101,pl-201", "precinct:101,pl-999"));
        var result = await UploadAsync("feeds/second.zip", broken);

        Assert.False(result.IsError, Text(result));
        using var report = ReportFor("reports/second.json");
        var root = report.RootElement;
        Assert.Equal(ImportOutcomes.Rejected, root.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("published").ValueKind);
        var finding = Assert.Single(root.GetProperty("validation").GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");
        Assert.Equal("precinct.txt", finding.GetProperty("file").GetString());
        Assert.Equal(2, finding.GetProperty("line").GetInt32());
        Assert.Equal(11, finding.GetProperty("column").GetInt32());
        Assert.Contains("'pl-999' is not an id in polling_location.txt", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(previous, await ActiveVersionAsync());
    }

    [Fact]
    public async Task HandleAsync_WhenAGoldenQuestionIsAnsweredWrong_RejectsTheZipAndShowsTheAnswer()
    {
        var zip = MillbrookZip.Create(MillbrookZip.Replace("golden-questions.csv", "locale,question,expected_faq_id\n",
            "locale,question,expected_faq_id\nen-US,What ID do I need to vote?,mail-request\n"));

        await UploadAsync("feeds/millbrook.zip", zip);

        using var report = ReportFor("reports/millbrook.json");
        Assert.Equal(ImportOutcomes.Rejected, report.RootElement.GetProperty("outcome").GetString());
        Assert.Contains("1 golden question was answered wrong", report.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        var wrong = Assert.Single(report.RootElement.GetProperty("validation").GetProperty("golden").EnumerateArray(), g => !g.GetProperty("passed").GetBoolean());
        Assert.Equal("mail-request", wrong.GetProperty("expected").GetString());
        Assert.Null(await ActiveVersionAsync());
    }

    [Fact]
    public async Task HandleAsync_WhenTheZipHasNoFaq_RejectsItSayingWhereTheFaqGoes()
    {
        var zip = MillbrookZip.Create();
        using (var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip), System.IO.Compression.ZipArchiveMode.Read))
        {
            Assert.Contains(archive.Entries, e => e.FullName == "faq.csv");
        }
        await UploadAsync("feeds/no-faq.zip", WithoutEntry(zip, "faq.csv"));

        using var report = ReportFor("reports/no-faq.json");
        Assert.Equal(ImportOutcomes.Rejected, report.RootElement.GetProperty("outcome").GetString());
        Assert.Contains(report.RootElement.GetProperty("validation").GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("message").GetString()!.Contains("no faq.csv or faq.xlsx", StringComparison.Ordinal));
        Assert.Null(await ActiveVersionAsync());
    }

    [Fact]
    public async Task HandleAsync_WhenTheKeyIsNotAFeed_ReturnsAnErrorAndTouchesNothing()
    {
        var result = await Handler().HandleAsync(S3EventParserTests.Event("uploads/millbrook.zip"), CancellationToken.None);

        Assert.Equal(ImportHandler.NotAFeedUpload, result.ErrorType);
        Assert.Contains("'uploads/millbrook.zip' is not a feed", Text(result), StringComparison.Ordinal);
        Assert.Empty(_bucket.Reports);
        Assert.Null(await ActiveVersionAsync());
    }

    [Fact]
    public async Task HandleAsync_WhenTheEventIsALexEvent_ReturnsAnError()
    {
        var result = await Handler().HandleAsync(Millbrook.Event("web-fulfillment-polling-place.json"), CancellationToken.None);

        Assert.Equal(ImportHandler.NotAFeedUpload, result.ErrorType);
        Assert.Contains("not an S3 notification", Text(result), StringComparison.Ordinal);
        Assert.Empty(_bucket.Reports);
    }

    [Fact]
    public async Task HandleAsync_WhenTheZipIsLargerThanAFeedCanBe_WritesARejectionWithoutReadingIt()
    {
        var handler = Handler();
        var result = await handler.HandleAsync(S3EventParserTests.Event("feeds/huge.zip", size: 5L * 1024 * 1024 * 1024), CancellationToken.None);

        Assert.False(result.IsError);
        using var report = ReportFor("reports/huge.json");
        Assert.Equal(ImportOutcomes.Rejected, report.RootElement.GetProperty("outcome").GetString());
        Assert.Contains("may be at most", report.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<HandlerResult> UploadAsync(string key, byte[] zip)
    {
        _bucket.Put(key, zip);
        return await Handler().HandleAsync(S3EventParserTests.Event(key.Replace(" ", "+", StringComparison.Ordinal), zip.Length), CancellationToken.None);
    }

    private ImportHandler Handler()
    {
        // The publisher waits out DynamoDB retries on its clock: a frozen test clock would wait forever on the first
        // retry (dynalite under load does return unprocessed items), so it runs on real time. Dates come from _time.
        var publisher = new DatasetPublisher(_client!, new PublisherOptions { TableName = Table }, TimeProvider.System);
        var job = new FeedImportJob(_bucket, publisher, new ImportOptions(MillbrookBot.Zone), _time, _work);
        return new ImportHandler(job, _bucket);
    }

    private async Task<string?> ActiveVersionAsync()
    {
        // Real time: the store's operation budget runs on its clock, and a frozen one never lets an empty read finish.
        using var store = new DynamoFactStore(_client!, new DynamoFactStoreOptions { TableName = Table, CacheTtl = TimeSpan.Zero }, TimeProvider.System);
        return (await store.GetFactsAsync(CancellationToken.None))?.DatasetVersion;
    }

    private JsonDocument ReportFor(string key)
    {
        Assert.True(_bucket.Reports.TryGetValue(key, out var json), $"No {key}; reports: {string.Join(", ", _bucket.Reports.Keys)}");
        return JsonDocument.Parse(json);
    }

    private static string Text(HandlerResult result) => System.Text.Encoding.UTF8.GetString(result.Body.Span);

    private static byte[] WithoutEntry(byte[] zip, string entry)
    {
        var copy = new MemoryStream();
        copy.Write(zip);
        using (var archive = new System.IO.Compression.ZipArchive(copy, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry(entry)!.Delete();
        }
        return copy.ToArray();
    }
}

[CollectionDefinition(ImportHandlerTests.Serial, DisableParallelization = true)]
public sealed class ImportHandlerRunsAlone;
