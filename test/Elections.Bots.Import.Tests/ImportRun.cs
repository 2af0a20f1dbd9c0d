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

    public static Finding Single(ValidationReport report, string code) =>
        Assert.Single(report.Findings, f => f.Code == code);

    public static string Describe(ValidationReport report) =>
        string.Join(Environment.NewLine, report.Findings.Select(f => $"{f.Severity} {f.Location} {f.Code}: {f.Message}"));
}
