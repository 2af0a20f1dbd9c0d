using Elections.Bots.Import.Dataset;
using Elections.Bots.Import.Findings;
using Elections.Bots.Tests;
using Microsoft.Extensions.Time.Testing;

namespace Elections.Bots.Import.Tests;

/// <summary>Runs the importer as an administrator would, at a chosen local time in Millbrook's zone.</summary>
internal static class ImportRun
{
    public const string BeforeElection = "2027-02-17T10:00";

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static ImportResult Run(string feed, string? faq = null, string now = BeforeElection, string? notices = null) =>
        new DatasetImporter(new FakeTimeProvider(MillbrookBot.At(now)), new ImportOptions(MillbrookBot.Zone))
            .Import(new DatasetSources(feed, faq, notices));

    public static ImportResult Millbrook(TemporaryDataset copy, string now = BeforeElection) =>
        Run(copy.FeedPath, Path.Combine(copy.Path, "faq.csv"), now);

    /// <summary>Replaces the first occurrence, after checking the sample still has it (so the test cannot pass vacuously).</summary>
    public static void Edit(string path, string find, string replacement)
    {
        var content = File.ReadAllText(path);
        var index = content.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{find}' is no longer in {Path.GetFileName(path)}");
        File.WriteAllText(path, string.Concat(content.AsSpan(0, index), replacement, content.AsSpan(index + find.Length)));
    }

    public static Finding Single(ValidationReport report, string code) =>
        Assert.Single(report.Findings, f => f.Code == code);

    public static string Describe(ValidationReport report) =>
        string.Join(Environment.NewLine, report.Findings.Select(f => $"{f.Severity} {f.Location} {f.Code}: {f.Message}"));
}
