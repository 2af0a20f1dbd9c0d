using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Vip;

namespace Elections.Bots.Import.Dataset;

/// <summary>
/// Loads a trusted dataset folder — a VIP 5.x feed (in the folder itself or in <c>vip/</c>) plus the office's
/// <c>faq.csv</c> (or <c>faq.xlsx</c>) and an optional <c>notices.csv</c> — into one immutable dataset. It is
/// the engine's fast path: the same readers as the validator, stopping at the first error with file, line,
/// column and what to fix. Nothing is half-loaded.
/// </summary>
public static class DatasetFolderLoader
{
    /// <summary>The VIP files needed to answer voters; contest and candidate files are read for their ids only.</summary>
    public static readonly ImmutableArray<string> RequiredFeedFiles = VipFiles.Required;

    public const string FaqFile = "faq.csv";
    public const string FaqWorkbook = "faq.xlsx";
    public const string NoticesFile = "notices.csv";

    /// <exception cref="DatasetLoadException">The first problem that blocks the dataset.</exception>
    public static LoadedDataset Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DatasetLoadException(folder, null, null, "the dataset folder does not exist");
        }
        var feed = Directory.Exists(Path.Combine(folder, "vip")) ? Path.Combine(folder, "vip") : folder;
        var faq = Path.Combine(folder, FaqFile);
        if (!File.Exists(faq) && File.Exists(Path.Combine(folder, FaqWorkbook))) faq = Path.Combine(folder, FaqWorkbook);
        if (!File.Exists(faq))
        {
            throw new DatasetLoadException(FaqFile, null, null, $"the file is missing from {folder}; it is required to answer voters");
        }
        var notices = Path.Combine(folder, NoticesFile);

        var importer = new DatasetImporter(TimeProvider.System, new ImportOptions(TimeZoneInfo.Utc));
        var result = importer.Import(new DatasetSources(feed, faq, File.Exists(notices) ? notices : null), new FindingCollector(stopAtFirstError: true));
        return result.Dataset ?? throw new DatasetLoadException(feed, null, null, "the dataset could not be built");
    }
}
