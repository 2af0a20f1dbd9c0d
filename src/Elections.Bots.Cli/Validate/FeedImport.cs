using Elections.Bots.Cli.Common;
using Elections.Bots.Import.Dataset;

namespace Elections.Bots.Cli.Validate;

/// <summary>Runs the importer for validate, preview and publish: the same checks, judged at the same "now".</summary>
internal static class FeedImport
{
    public static ImportResult Run(string feed, string? faq, string? notices, TimeZoneInfo zone, DateTimeOffset? now)
    {
        Require(feed, "FEED", mayBeFolder: true);
        if (faq is not null) Require(faq, "--faq", mayBeFolder: false);
        if (notices is not null) Require(notices, "--notices", mayBeFolder: false);
        TimeProvider clock = now is { } instant ? new FixedClock(instant) : TimeProvider.System;
        var importer = new DatasetImporter(clock, new ImportOptions(zone));
        return importer.Import(new DatasetSources(Path.GetFullPath(feed), faq is null ? null : Path.GetFullPath(faq), notices is null ? null : Path.GetFullPath(notices)));
    }

    private static void Require(string path, string what, bool mayBeFolder)
    {
        if (File.Exists(path) || (mayBeFolder && Directory.Exists(path))) return;
        throw new UsageException(mayBeFolder
            ? $"{what} '{path}' does not exist; give the feed folder, .zip or .xml file."
            : $"{what} '{path}' does not exist.");
    }
}
