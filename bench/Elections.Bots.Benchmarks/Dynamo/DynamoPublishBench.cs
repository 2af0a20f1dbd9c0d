using System.Diagnostics;
using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Elections.Bots.DynamoDb.Publishing;
using Elections.Bots.DynamoDb.Table;
using Elections.Bots.DynamoDb.Tests.Dynalite;

namespace Elections.Bots.Benchmarks.Dynamo;

/// <summary>
/// Writes the same synthetic dataset twice into dynalite: once through <see cref="DatasetPublisher"/> (batches of
/// 25, several in flight, verify, flip) and once as a naive loop of single PutItem calls, and prints items/s.
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
        Console.WriteLine($"dynalite at {url}; {segments:N0} street segments = {items.ItemCount:N0} items per version");

        var published = await TimeAsync(async table =>
        {
            var result = await new DatasetPublisher(client, new PublisherOptions { TableName = table, MaxRequestsInFlight = int.Parse(Environment.GetEnvironmentVariable("INFLIGHT") ?? "8", CultureInfo.InvariantCulture) }, TimeProvider.System)
                .PublishAsync(facts, data, CancellationToken.None);
            Console.WriteLine($"  publisher: {result.WriteRequests:N0} BatchWriteItem requests, {result.Retries} retries, verified and flipped");
        }, client);
        var naive = await TimeAsync(async table =>
        {
            foreach (var item in items.AllItems())
            {
                await client.PutItemAsync(new PutItemRequest { TableName = table, Item = item });
            }
        }, client);

        var publishRate = items.ItemCount / published.TotalSeconds;
        var naiveRate = items.ItemCount / naive.TotalSeconds;
        Console.WriteLine($"publisher (write + verify + flip): {published.TotalSeconds,8:F1} s  {publishRate,10:N0} items/s");
        Console.WriteLine($"naive PutItem loop:                {naive.TotalSeconds,8:F1} s  {naiveRate,10:N0} items/s");
        Console.WriteLine($"speed-up: {publishRate / naiveRate:F1}x");
        return 0;
    }

    private static async Task<TimeSpan> TimeAsync(Func<string, Task> write, IAmazonDynamoDB client)
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
