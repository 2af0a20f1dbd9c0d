using System.Diagnostics;
using Elections.Bots.Alexa;
using Elections.Bots.Alexa.DeviceAddress;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Import.Dataset;

// Answers one Alexa request (read, verify the skill id, engine turn, render, serialize) again and again on
// one thread, like node/skill.js does, and prints one JSON line for run.sh: requests per wall-clock second and
// per CPU second (the machine may be busy), then median and p99 latency and bytes allocated per request.
// Usage: AlexaThroughput <request.json> <dataset folder> [seconds] [skill id]
var request = File.ReadAllBytes(args[0]);
var dataset = DatasetFolderLoader.Load(args[1]);
var seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
var skillId = args.Length > 3 ? args[3] : "amzn1.ask.skill.7d4f2a10-0000-4000-8000-00000000e1ec";

// The same instant node/skill.js answers at: Monday, February 15, 2027, 10:00 in Millbrook.
var clock = new FrozenClock(new DateTimeOffset(2027, 2, 15, 15, 0, 0, TimeSpan.Zero));
var engine = new DialogEngine(dataset.CreateStore(), new EngineOptions(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), "555-0142"), clock);
using var http = new HttpClient();
var function = new AlexaFunction(engine, new AlexaOptions { SkillId = skillId }, new DeviceAddressClient(http));

var first = Invoke();
if (first.IsRefused) throw new InvalidOperationException("refused: " + first.Refusal!.Message);

// Warm up until tiered compilation has settled.
var warm = Stopwatch.StartNew();
while (warm.Elapsed.TotalSeconds < Math.Min(2, seconds / 2)) Invoke();

// Throughput: no per-request timing in this loop.
var process = Process.GetCurrentProcess();
var cpuBefore = process.TotalProcessorTime;
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var count = 0L;
var run = Stopwatch.StartNew();
while (run.Elapsed.TotalSeconds < seconds)
{
    for (var i = 0; i < 256; i++) Invoke();
    count += 256;
}
var elapsed = run.Elapsed.TotalSeconds;
process.Refresh();
var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)count;

// Latency: a separate pass, timing each request.
var samples = new double[Math.Min(200_000, (int)count)];
for (var i = 0; i < samples.Length; i++)
{
    var start = Stopwatch.GetTimestamp();
    Invoke();
    // Raw ticks: TimeSpan would round every sample to 0.1 µs.
    samples[i] = (Stopwatch.GetTimestamp() - start) * 1e6 / Stopwatch.Frequency;
}
Array.Sort(samples);

FormattableString line = $$"""{"runtime":"dotnet","requests":{{count}},"seconds":{{elapsed:F2}},"requestsPerSecond":{{count / elapsed:F0}},"requestsPerCpuSecond":{{count / cpu:F0}},"medianMicroseconds":{{samples[samples.Length / 2]:F2}},"p99Microseconds":{{samples[(int)(samples.Length * 0.99)]:F2}},"bytesPerRequest":{{allocated:F0}},"responseBytes":{{first.Body.Length}}}""";
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
