using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Elections.Bots.Core.Facts;
using Elections.Bots.DynamoDb.Publishing;
using Elections.Bots.DynamoDb.Table;
using Elections.Bots.DynamoDb.Tests.Dynalite;

namespace Elections.Bots.Benchmarks.Dynamo;

/// <summary>
/// Loads one synthetic dataset into dynalite three ways, same run, and prints street segments per second:
/// the publisher (packed street items, BatchWriteItem 25 at a time, several in flight, then verify and flip);
/// the same items as a loop of single PutItem calls; and the naive loader, one PutItem per segment.
/// </summary>
internal static class DynamoPublishBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var segments = int.Parse(Option(args, "--segments") ?? "100000", CultureInfo.InvariantCulture);
        var endpoint = Option(args, "--endpoint");
        await using var server = endpoint is null ? await DynaliteServer.StartAsync() : null;
        var url = endpoint ?? server!.ServiceUrl;
        using var client = new AmazonDynamoDBClient(new BasicAWSCredentials("bench", "bench"),
            FactTableClientConfig.ForAdministration("us-east-1", url));
        var (facts, data) = SyntheticDataset.Create("bench-1", segments);
        var items = VersionItems.Create(facts, data);
        Console.WriteLine($"dynalite at {url}; {segments:N0} street segments; the publisher writes them as {items.ItemCount:N0} items");

        await WarmUpAsync(client);
        var published = await TimeAsync(client, async table =>
        {
            var result = await new DatasetPublisher(client, new PublisherOptions { TableName = table }, TimeProvider.System)
                .PublishAsync(facts, data, CancellationToken.None);
            Console.WriteLine($"  publisher: {result.WriteRequests:N0} BatchWriteItem requests, {result.Retries} retries, verified and flipped");
        });
        var sameItems = await TimeAsync(client, async table =>
        {
            foreach (var item in items.AllItems()) await client.PutItemAsync(new PutItemRequest { TableName = table, Item = item });
        });
        var perSegment = await TimeAsync(client, async table =>
        {
            foreach (var segment in data) await client.PutItemAsync(new PutItemRequest { TableName = table, Item = NaiveItem(segment) });
        });

        Console.WriteLine($"publisher (write + verify + flip):       {Rate(published, segments)}  {items.ItemCount / published.TotalSeconds,8:N0} items/s");
        Console.WriteLine($"PutItem loop, the publisher's items:     {Rate(sameItems, segments)}  {items.ItemCount / sameItems.TotalSeconds,8:N0} items/s");
        Console.WriteLine($"PutItem loop, one item per segment:      {Rate(perSegment, segments)}  {segments / perSegment.TotalSeconds,8:N0} items/s");
        Console.WriteLine($"speed-up over the naive loader: {perSegment / published:F1}x; over PutItem of the same items: {sameItems / published:F1}x");
        return 0;
    }

    /// <summary>Both paths once on a small dataset first, so neither timing includes JIT (here or in dynalite's V8).</summary>
    private static async Task WarmUpAsync(AmazonDynamoDBClient client)
    {
        var (facts, data) = SyntheticDataset.Create("warm-up", 2_000);
        await TimeAsync(client, table => new DatasetPublisher(client, new PublisherOptions { TableName = table }, TimeProvider.System)
            .PublishAsync(facts, data, CancellationToken.None));
        await TimeAsync(client, async table =>
        {
            foreach (var segment in data.Take(500)) await client.PutItemAsync(new PutItemRequest { TableName = table, Item = NaiveItem(segment) });
        });
    }

    /// <summary>What a first attempt writes: the segment as JSON, one item each (reflection JSON is fine in a benchmark).</summary>
    private static Dictionary<string, AttributeValue> NaiveItem(StreetSegment segment) => new()
    {
        [TableSchema.PartitionKey] = new AttributeValue { S = "v#bench-1#st#" + segment.StreetName },
        [TableSchema.SortKey] = new AttributeValue { S = $"{segment.Zip}#{segment.StartHouseNumber:D10}#{segment.Id}" },
        [TableSchema.Version] = new AttributeValue { S = "bench-1" },
        [TableSchema.Data] = new AttributeValue { S = JsonSerializer.Serialize(segment) },
    };

    private static string Rate(TimeSpan elapsed, int segments) =>
        $"{elapsed.TotalSeconds,7:F1} s {segments / elapsed.TotalSeconds,9:N0} segments/s";

    private static async Task<TimeSpan> TimeAsync(AmazonDynamoDBClient client, Func<string, Task> write)
    {
        var table = "bench-" + Guid.NewGuid().ToString("N")[..8];
        await new FactTable(client, table, TimeProvider.System).EnsureAsync(CancellationToken.None);
        var clock = Stopwatch.StartNew();
        await write(table);
        return clock.Elapsed;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
