using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using ColdStart;
using Elections.Bots.DynamoDb.Publishing;
using Elections.Bots.DynamoDb.Table;
using Elections.Bots.DynamoDb.Tests.Dynalite;
using Elections.Bots.Import.Dataset;

// ColdStart --aot BOOTSTRAP --jit BOOTSTRAP.DLL --event LEX_EVENT.json --data DATASET [--runs N] [--warm N]
// Process start → first response posted, for AOT and JIT, in-memory dataset and DynamoDB (dynalite); then one
// warm process per store answering N events in turn: the loop's own time beyond the handler, and peak RSS.
var options = Arguments.Parse(args);
var eventBody = await File.ReadAllBytesAsync(options["--event"]);
var runs = int.Parse(options.GetValueOrDefault("--runs", "20"), CultureInfo.InvariantCulture);
var warm = int.Parse(options.GetValueOrDefault("--warm", "2000"), CultureInfo.InvariantCulture);
var aot = options["--aot"];
var jit = options["--jit"];

await using var dynalite = await DynaliteServer.StartAsync();
await PublishAsync(dynalite.ServiceUrl, options["--data"]);

var stores = new Dictionary<string, Dictionary<string, string>>
{
    ["in-memory"] = new() { ["DATA_DIR"] = Path.GetFullPath(options["--data"]) },
    ["dynalite"] = new()
    {
        ["TABLE_NAME"] = "facts",
        // As deployed: the questions table's client is part of the cold start (this event leaves no question to write).
        ["UNANSWERED_TABLE"] = "facts-unanswered",
        ["AWS_ENDPOINT_URL_DYNAMODB"] = dynalite.ServiceUrl,
        ["AWS_REGION"] = "us-east-1",
        ["AWS_ACCESS_KEY_ID"] = "local",
        ["AWS_SECRET_ACCESS_KEY"] = "local",
    },
};
var binaries = new Dictionary<string, (string File, string? Argument)>
{
    ["aot"] = (aot, null),
    ["jit"] = ("dotnet", jit),
};

// Alternate configurations run by run, so a busy moment on the machine hurts them alike.
var cold = new Dictionary<string, List<double>>();
var coldRss = new Dictionary<string, List<double>>();
for (var run = 0; run < runs + 1; run++)
{
    foreach (var (binary, start) in binaries)
    {
        foreach (var (store, variables) in stores)
        {
            var (ms, rssMb) = await ColdRunAsync(start, variables, eventBody);
            if (run == 0) continue; // the first run warms the file cache and dynalite
            var key = $"{binary} {store}";
            (cold.TryGetValue(key, out var list) ? list : cold[key] = []).Add(ms);
            (coldRss.TryGetValue(key, out var rss) ? rss : coldRss[key] = []).Add(rssMb);
        }
    }
}

Console.WriteLine($"cold start: process start -> first response posted, {runs} runs each (lex polling-place event)");
Console.WriteLine($"{"",-16} {"median ms",10} {"p10",8} {"p90",8} {"peak RSS MB",12}");
foreach (var (key, values) in cold)
{
    Console.WriteLine($"{key,-16} {Median(values),10:0.0} {Percentile(values, 10),8:0.0} {Percentile(values, 90),8:0.0} {Median(coldRss[key]),12:0.0}");
}
foreach (var store in stores.Keys)
{
    Console.WriteLine($"JIT/AOT ratio ({store}): {Median(cold[$"jit {store}"]) / Median(cold[$"aot {store}"]):0.0}x");
}

Console.WriteLine();
Console.WriteLine($"warm: one AOT process answers {warm} events in turn; loop overhead = (event sent -> response received) - handler time");
foreach (var (store, variables) in stores)
{
    var result = await WarmRunAsync(binaries["aot"], variables, eventBody, warm);
    Console.WriteLine(
        $"aot {store,-10} overhead median {result.OverheadMedianUs:0.0} µs, p90 {result.OverheadP90Us:0.0} µs; handler median {result.HandlerMedianUs:0.0} µs; peak RSS {result.PeakRssMb:0.0} MB");
}
Console.WriteLine();
Console.WriteLine($"bootstrap size: {new FileInfo(aot).Length / 1024.0 / 1024.0:0.0} MB ({new FileInfo(aot).Length} bytes)");
return 0;

static async Task<(double Ms, double RssMb)> ColdRunAsync((string File, string? Argument) start, Dictionary<string, string> variables, byte[] eventBody)
{
    await using var api = new BenchRuntimeApi();
    api.Enqueue("cold", eventBody);
    var started = Stopwatch.GetTimestamp();
    using var process = Launch(start, variables, api.Address, null);
    var post = await api.NextPostAsync();
    var elapsed = Stopwatch.GetElapsedTime(started, post.ReceivedAt).TotalMilliseconds;
    if (post.Kind != "response") throw new InvalidOperationException($"bootstrap posted {post.Kind} for {post.RequestId}");
    var rss = PeakRssMb(process);
    Stop(process);
    return (elapsed, rss);
}

static async Task<WarmResult> WarmRunAsync((string File, string? Argument) start, Dictionary<string, string> variables, byte[] eventBody, int count)
{
    await using var api = new BenchRuntimeApi();
    var handlerMs = new ConcurrentDictionary<string, double>(StringComparer.Ordinal);
    using var process = Launch(start, variables, api.Address, handlerMs);
    var roundTrips = new Dictionary<string, double>(StringComparer.Ordinal);
    for (var i = 0; i < count + 100; i++)
    {
        var id = "warm-" + i.ToString(CultureInfo.InvariantCulture);
        api.Enqueue(id, eventBody);
        var post = await api.NextPostAsync();
        if (i >= 100) roundTrips[id] = Stopwatch.GetElapsedTime(api.SentAt(id), post.ReceivedAt).TotalMicroseconds;
    }
    var rss = PeakRssMb(process);
    // The log line is written after the post; the last one may still be in the pipe.
    for (var wait = 0; wait < 100 && !handlerMs.ContainsKey("warm-" + (count + 99).ToString(CultureInfo.InvariantCulture)); wait++) await Task.Delay(10);
    Stop(process);
    var overheads = roundTrips.Where(r => handlerMs.ContainsKey(r.Key)).Select(r => r.Value - handlerMs[r.Key] * 1000).ToList();
    var handlers = roundTrips.Keys.Where(handlerMs.ContainsKey).Select(k => handlerMs[k] * 1000).ToList();
    return new WarmResult(Median(overheads), Percentile(overheads, 90), Median(handlers), rss);
}

static Process Launch((string File, string? Argument) start, Dictionary<string, string> variables, string runtimeApi, ConcurrentDictionary<string, double>? handlerMs)
{
    var info = new ProcessStartInfo(start.File) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
    if (start.Argument is not null) info.ArgumentList.Add(start.Argument);
    info.Environment["AWS_LAMBDA_RUNTIME_API"] = runtimeApi;
    info.Environment["_HANDLER"] = "lex";
    info.Environment["ELECTIONS_TIME_ZONE"] = "America/New_York";
    info.Environment["OFFICE_PHONE"] = "555-0100";
    info.Environment["LAMBDA_TASK_ROOT"] = Path.GetDirectoryName(Path.GetFullPath(start.Argument ?? start.File));
    foreach (var (name, value) in variables) info.Environment[name] = value;
    var process = Process.Start(info)!;
    process.OutputDataReceived += (_, e) =>
    {
        if (handlerMs is null || e.Data is null || !e.Data.Contains("\"invocation\"", StringComparison.Ordinal)) return;
        using var line = JsonDocument.Parse(e.Data);
        handlerMs[line.RootElement.GetProperty("requestId").GetString()!] = line.RootElement.GetProperty("handlerMs").GetDouble();
    };
    process.ErrorDataReceived += (_, _) => { };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    return process;
}

static double PeakRssMb(Process process)
{
    foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
    {
        if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
        {
            return double.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) / 1024;
        }
    }
    return double.NaN;
}

static void Stop(Process process)
{
    if (!process.HasExited) process.Kill();
    process.WaitForExit();
}

static async Task PublishAsync(string serviceUrl, string dataFolder)
{
    var config = FactTableClientConfig.ForAdministration("us-east-1", serviceUrl);
    using var client = new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"), config);
    await new FactTable(client, "facts", TimeProvider.System).EnsureAsync(CancellationToken.None);
    var dataset = DatasetFolderLoader.Load(dataFolder);
    await new DatasetPublisher(client, new PublisherOptions { TableName = "facts" }, TimeProvider.System)
        .PublishAsync(dataset.Facts, dataset.Segments, CancellationToken.None);
}

static double Median(List<double> values) => Percentile(values, 50);

static double Percentile(List<double> values, int percent)
{
    if (values.Count == 0) return double.NaN;
    var sorted = values.Order().ToList();
    var rank = (sorted.Count - 1) * percent / 100.0;
    var low = (int)Math.Floor(rank);
    var high = (int)Math.Ceiling(rank);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

internal sealed record WarmResult(double OverheadMedianUs, double OverheadP90Us, double HandlerMedianUs, double PeakRssMb);

internal static class Arguments
{
    public static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
        foreach (var required in (string[])["--aot", "--jit", "--event", "--data"])
        {
            if (!options.ContainsKey(required)) throw new ArgumentException($"{required} is required");
        }
        return options;
    }
}
