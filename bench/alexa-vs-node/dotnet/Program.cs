using System.Diagnostics;
using Elections.Bots.Alexa;
using Elections.Bots.Alexa.DeviceAddress;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Import.Dataset;

// Answers one Alexa request (parse, verify, engine, render, serialize) in a loop on one thread and prints
// requests per second, median latency and bytes allocated per request, as one JSON line for run.sh.
// Usage: AlexaThroughput <request.json> <dataset folder> [seconds] [skill id]
var request = File.ReadAllBytes(args[0]);
var dataset = DatasetFolderLoader.Load(args[1]);
var seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
var skillId = args.Length > 3 ? args[3] : "amzn1.ask.skill.7d4f2a10-0000-4000-8000-00000000e1ec";

var clock = new FrozenClock(new DateTimeOffset(2027, 2, 15, 15, 0, 0, TimeSpan.Zero));
var engine = new DialogEngine(dataset.CreateStore(), new EngineOptions(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), "555-0142"), clock);
using var http = new HttpClient();
var function = new AlexaFunction(engine, new AlexaOptions { SkillId = skillId }, new DeviceAddressClient(http));

var first = Invoke();
if (first.IsRefused) throw new InvalidOperationException("refused: " + first.Refusal!.Message);

// Warm up until tiered compilation has settled.
var warm = Stopwatch.StartNew();
while (warm.Elapsed.TotalSeconds < Math.Min(2, seconds / 2)) Invoke();

var samples = new List<double>(1 << 20);
var count = 0L;
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var run = Stopwatch.StartNew();
while (run.Elapsed.TotalSeconds < seconds)
{
    var start = Stopwatch.GetTimestamp();
    Invoke();
    samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
    count++;
}
var elapsed = run.Elapsed.TotalSeconds;
var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)count;
samples.Sort();
FormattableString line = $$"""{"runtime":"dotnet","requests":{{count}},"seconds":{{elapsed:F2}},"requestsPerSecond":{{count / elapsed:F0}},"medianMicroseconds":{{samples[samples.Count / 2]:F2}},"p99Microseconds":{{samples[(int)(samples.Count * 0.99)]:F2}},"bytesPerRequest":{{allocated:F0}},"responseBytes":{{first.Body.Length}}}""";
Console.WriteLine(FormattableString.Invariant(line));

AlexaInvocation Invoke()
{
    var pending = function.InvokeAsync(request, CancellationToken.None);
    return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
}

internal sealed class FrozenClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
