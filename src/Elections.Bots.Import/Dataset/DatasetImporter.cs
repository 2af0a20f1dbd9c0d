using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Faq;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Packaging;
using Elections.Bots.Import.Vip;
using Elections.Bots.Import.Vip.Xml;

namespace Elections.Bots.Import.Dataset;

/// <summary>
/// Turns an administrator's files into one dataset version, reporting every problem on the way (bounded per
/// kind). One error and there is no dataset: nothing half-built can be published.
/// </summary>
public sealed class DatasetImporter(TimeProvider time, ImportOptions options)
{
    public ImportResult Import(DatasetSources sources) =>
        Import(sources, new FindingCollector(maxPerKind: options.MaxFindingsPerKind));

    internal ImportResult Import(DatasetSources sources, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, options.TimeZone).DateTime);
        var context = new ImportContext(findings, new IdRegistry(findings), today);
        using var hash = new ContentHash();

        var (content, format) = ReadFeed(sources.Feed, hash, context);
        var faq = sources.Faq is null ? [] : FaqFileReader.Read(sources.Faq, hash, findings, today, options.Limits);
        var notices = ImmutableArray<EmergencyNotice>.Empty;
        if (sources.Notices is { } noticesPath && content is not null)
        {
            var table = FaqFileReader.ReadTable(noticesPath, "notices", hash, findings, options.Limits);
            notices = NoticeCsvReader.Read(table, content.Precincts, content.Locations, now);
        }
        if (content is null && !findings.HasErrors)
        {
            findings.Error(Path.GetFileName(sources.Feed), null, null, FindingCodes.NotAFeed, "the feed holds nothing the bot can answer from");
        }
        if (findings.HasErrors || content is null) return new ImportResult(findings.ToReport(), null, format);

        var segments = content.Segments.Segments;
        var facts = new ElectionFacts
        {
            DatasetVersion = hash.ToVersion(),
            JurisdictionName = content.JurisdictionName,
            StateCode = content.StateCode,
            Elections = content.Elections,
            Office = content.Office,
            StateOffice = content.StateOffice,
            Precincts = content.Precincts,
            Locations = content.Locations,
            JurisdictionWideLocationIds = content.WideLocationIds,
            IsMailOnlyJurisdiction = content.IsMailOnlyJurisdiction,
            TownWideSegments = [.. segments.Where(s => s.IncludesAllStreets)],
            ServedZips = segments.Where(s => s.Zip is not null).Select(s => s.Zip!).ToFrozenSet(StringComparer.Ordinal),
            ServedCities = segments.Select(s => s.City).Where(c => c.Length > 0).ToFrozenSet(StringComparer.Ordinal),
            Faq = faq,
            Notices = [.. (content.FeedNotice is null ? [] : new[] { content.FeedNotice }), .. notices],
        };
        return new ImportResult(findings.ToReport(), new LoadedDataset(facts, segments), format);
    }

    private (FeedContent? Content, FeedFormatInfo? Format) ReadFeed(string feed, ContentHash hash, ImportContext context)
    {
        using var package = FeedPackage.Open(feed, options.Limits, context.Findings);
        if (package is null) return (null, null);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(feed));
        if (FeedLayout.Find(package, name, context.Findings) is not { } layout) return (null, null);
        using FeedTables tables = layout.Format == FeedFormat.Csv
            ? new CsvFeedTables(package, layout, hash, context.Findings, context.Ids)
            : new XmlFeedTables(package, layout.XmlEntry!, hash, context.Findings, context.Ids, options.Limits);
        return (VipFeedReader.Read(tables, context), tables.Info);
    }
}
