using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Elections.Bots.DynamoDb.Publishing;
using Elections.Bots.DynamoDb.Store;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Tests.Support;

/// <summary>
/// A fresh table on a dynalite server, with two clients configured as production configures them: an
/// administrator's (publisher) and a voter's (store), each behind its own <see cref="RecordingHandler"/>.
/// </summary>
public sealed class TestTable : IDisposable
{
    private const string Region = "us-east-1";

    private TestTable(string serviceUrl, string name, int? adminRetries)
    {
        Name = name;
        var admin = Config(FactTableClientConfig.ForAdministration(Region, serviceUrl), AdminHandler);
        if (adminRetries is { } retries) admin.MaxErrorRetry = retries;
        Admin = new AmazonDynamoDBClient(new BasicAWSCredentials("test", "test"), admin);
        Voter = new AmazonDynamoDBClient(new BasicAWSCredentials("test", "test"), Config(FactTableClientConfig.ForVoters(Region, serviceUrl), VoterHandler));
    }

    public string Name { get; }
    public RecordingHandler AdminHandler { get; } = new();
    public RecordingHandler VoterHandler { get; } = new();
    public AmazonDynamoDBClient Admin { get; }
    public AmazonDynamoDBClient Voter { get; }

    /// <param name="adminRetries">SDK retries for the publisher's client: 0 keeps a throttling test from waiting out
    /// the SDK's own backoff before the publisher's.</param>
    public static async Task<TestTable> CreateAsync(string serviceUrl, bool create = true, int? adminRetries = null, string? name = null)
    {
        var table = new TestTable(serviceUrl, name ?? "facts-" + Guid.NewGuid().ToString("N")[..12], adminRetries);
        if (create) await new FactTable(table.Admin, table.Name, TimeProvider.System).EnsureAsync(CancellationToken.None);
        return table;
    }

    /// <summary>A fresh table with <paramref name="sample"/> published and active.</summary>
    public static async Task<TestTable> PublishedAsync(string serviceUrl, SampleDataset sample)
    {
        var table = await CreateAsync(serviceUrl);
        await table.Publisher().PublishAsync(sample.Facts, sample.Segments, CancellationToken.None);
        return table;
    }

    public PublisherOptions PublisherOptions => new()
    {
        TableName = Name,
        MaxRequestsInFlight = 4,
        BackoffBase = TimeSpan.FromMilliseconds(2),
        BackoffCap = TimeSpan.FromMilliseconds(50),
    };

    public DatasetPublisher Publisher(PublisherOptions? options = null) =>
        new(Admin, options ?? PublisherOptions, TimeProvider.System);

    public DynamoFactStore Store(TimeProvider time, Func<DynamoFactStoreOptions, DynamoFactStoreOptions>? configure = null)
    {
        var options = new DynamoFactStoreOptions { TableName = Name };
        return new DynamoFactStore(Voter, configure?.Invoke(options) ?? options, time);
    }

    public void Dispose()
    {
        Admin.Dispose();
        Voter.Dispose();
        AdminHandler.Dispose();
        VoterHandler.Dispose();
    }

    private static AmazonDynamoDBConfig Config(AmazonDynamoDBConfig config, RecordingHandler handler)
    {
        config.HttpClientFactory = new HandlerClientFactory(handler);
        return config;
    }
}
