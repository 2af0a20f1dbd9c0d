using Elections.Bots.Import.Dataset;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Golden;

namespace Elections.Bots.Import.Packaging;

/// <summary>
/// One zip that holds everything an office publishes: the VIP CSV feed (at the top or in one folder) and, at the
/// top of the zip or beside <c>election.txt</c>, <c>faq.csv</c> or <c>faq.xlsx</c> (required), and optionally
/// <c>notices.csv</c>, <c>golden-questions.csv</c> and <c>faq-intents.csv</c>. Administrators upload one file; the
/// import function unpacks the office's files into a work folder under fixed names (no entry names a path).
/// </summary>
public static class DatasetBundle
{
    public const string FaqCsv = "faq.csv";
    public const string FaqXlsx = "faq.xlsx";
    public const string Notices = "notices.csv";
    public const string Golden = "golden-questions.csv";

    private static readonly FrozenSet<string> OfficeFiles =
        new[] { FaqCsv, FaqXlsx, Notices, Golden, GoldenQuestionReader.IntentsFile }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The sources to import, or null when the zip itself is refused (the reason is in <paramref name="findings"/>).</summary>
    public static BundleSources? Unpack(string zipPath, string workFolder, ImportLimits limits, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(zipPath);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(findings);
        var name = Path.GetFileName(zipPath);
        using var archive = SafeZip.Open(new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.Read), name, limits, findings);
        if (archive is null) return null;

        var entries = archive.Entries.Where(e => !e.FullName.EndsWith('/') && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)).ToList();
        var feedFolders = entries.Select(e => Normalize(e.FullName)).Where(e => IsElectionFile(FeedLayout.FileName(e))).Select(FeedLayout.Folder).Distinct().ToList();
        // Only the top and the feed's own folder: a stray faq.csv in an old/ folder is not what the office meant.
        var places = new HashSet<string>(StringComparer.Ordinal) { string.Empty };
        if (feedFolders.Count == 1) places.Add(feedFolders[0]);

        var found = new Dictionary<string, System.IO.Compression.ZipArchiveEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var path = Normalize(entry.FullName);
            var file = FeedLayout.FileName(path).ToLowerInvariant();
            if (!OfficeFiles.Contains(file) || !places.Contains(FeedLayout.Folder(path))) continue;
            if (!found.TryAdd(file, entry))
            {
                findings.Error(name, null, null, FindingCodes.MixedFormats, $"{file} is in the zip twice (at the top and beside election.txt); keep one");
            }
        }
        if (found.ContainsKey(FaqCsv) && found.ContainsKey(FaqXlsx))
        {
            findings.Error(name, null, null, FindingCodes.MixedFormats, "the zip holds both faq.csv and faq.xlsx; keep the one the office maintains");
        }
        if (!found.ContainsKey(FaqCsv) && !found.ContainsKey(FaqXlsx))
        {
            findings.Error(name, null, null, FindingCodes.MissingCsv, "the zip has no faq.csv or faq.xlsx; put the office's FAQ at the top of the zip, beside the feed");
        }

        Directory.CreateDirectory(workFolder);
        foreach (var (file, entry) in found)
        {
            try
            {
                using var source = SafeZip.OpenEntry(entry, limits);
                using var target = new FileStream(Path.Combine(workFolder, file), FileMode.Create, FileAccess.Write);
                source.CopyTo(target);
            }
            catch (InvalidDataException e)
            {
                findings.Error(file, null, null, FindingCodes.DamagedZip, $"{file} cannot be read from the zip ({e.Message}); zip the files again");
            }
        }
        string? Extracted(string file) => found.ContainsKey(file) && File.Exists(Path.Combine(workFolder, file)) ? Path.Combine(workFolder, file) : null;
        var sources = new DatasetSources(zipPath, Extracted(FaqCsv) ?? Extracted(FaqXlsx), Extracted(Notices));
        return new BundleSources(sources, Extracted(Golden));
    }

    private static string Normalize(string entry) => entry.Replace('\\', '/');

    private static bool IsElectionFile(string file) =>
        file.Equals("election.txt", StringComparison.OrdinalIgnoreCase) || file.Equals("election.csv", StringComparison.OrdinalIgnoreCase);
}
