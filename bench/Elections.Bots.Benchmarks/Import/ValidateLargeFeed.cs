using System.Diagnostics;
using System.Globalization;
using Elections.Bots.Import.Dataset;

namespace Elections.Bots.Benchmarks.Import;

/// <summary>
/// <c>dotnet run -c Release --project bench/Elections.Bots.Benchmarks -- validate-large [segments]</c>: generates a
/// feed of that many street segments (default 500,000) and validates it once, as <c>elections-bots validate</c>
/// would, printing time, rows per second and peak memory (target: ≤ 10 s, ≤ 500 MB). One cold run is the
/// honest figure for a command an administrator runs once; run it under <c>/usr/bin/time -v</c> to confirm the peak.
/// </summary>
internal static class ValidateLargeFeed
{
    public const string Command = "validate-large";

    public static int Run(string[] args)
    {
        var segments = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500_000;
        var sample = Path.Combine(Engine.MillbrookEngine.RepositoryRoot(), "samples", "millbrook");
        var feed = Path.Combine(Path.GetTempPath(), $"eb-large-feed-{segments}");
        if (!File.Exists(Path.Combine(feed, "street_segment.txt"))) LargeFeedGenerator.Write(Path.Combine(sample, "vip"), feed, segments);
        var size = new FileInfo(Path.Combine(feed, "street_segment.txt")).Length;

        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var importer = new DatasetImporter(TimeProvider.System, new ImportOptions(zone));
        var clock = Stopwatch.StartNew();
        var result = importer.Import(new DatasetSources(feed, Path.Combine(sample, "faq.csv")));
        clock.Stop();

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"validated {segments:N0} street segments ({size / 1048576.0:0.0} MB) in {clock.Elapsed.TotalSeconds:0.00} s: " +
            $"{segments / clock.Elapsed.TotalSeconds:N0} rows/s; errors {result.Report.ErrorCount}, warnings {result.Report.WarningCount}; " +
            $"dataset {(result.Dataset is null ? "not built" : result.Dataset.Segments.Length.ToString("N0", CultureInfo.InvariantCulture) + " segments")}; " +
            $"peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB"));
        return result.Report.HasErrors ? 1 : 0;
    }
}
