using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Vip;

namespace Elections.Bots.Import.Packaging;

/// <summary>
/// Where the feed is inside a package: the folder (top level or nested, as VIP's <c>data/</c>) holding
/// <c>election.txt</c> — or <c>election.csv</c>, since spreadsheets save .csv — or else a single VIP XML file.
/// </summary>
public sealed record FeedLayout(FeedFormat Format, FrozenDictionary<string, string> CsvEntries, string? XmlEntry)
{
    public static FeedLayout? Find(FeedPackage package, string packageName, FindingCollector findings)
    {
        var entries = package.Entries.Where(e => !e.StartsWith("__MACOSX/", StringComparison.Ordinal)).ToList();
        var feedFolders = entries.Where(e => LogicalName(FileName(e)) == VipFiles.Election).Select(Folder).Distinct().ToList();
        var xmlFiles = entries.Where(e => e.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)).ToList();

        if (feedFolders.Count > 1)
        {
            findings.Error(packageName, null, null, FindingCodes.NotAFeed,
                $"election.txt is in more than one folder ({string.Join(", ", feedFolders.Select(f => f.Length == 0 ? "top level" : f))}); give one feed at a time");
            return null;
        }
        if (feedFolders.Count == 0)
        {
            if (xmlFiles.Count == 1) return new FeedLayout(FeedFormat.Xml, FrozenDictionary<string, string>.Empty, xmlFiles[0]);
            findings.Error(packageName, null, null, FindingCodes.NotAFeed, xmlFiles.Count > 1
                ? "there are several .xml files; a VIP XML feed is one file"
                : "no election.txt (VIP CSV) or .xml (VIP XML) feed was found; give the folder or zip holding the feed files");
            return null;
        }

        var folder = feedFolders[0];
        var csv = new Dictionary<string, string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        var otherExtensions = new List<string>();
        foreach (var entry in entries.Where(e => Folder(e) == folder))
        {
            var file = FileName(entry);
            var logical = LogicalName(file);
            if (logical is null)
            {
                if (file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    findings.Error(packageName, null, null, FindingCodes.MixedFormats,
                        $"'{file}' is XML but the feed is CSV; a feed is either .txt/.csv files or one .xml file — remove one");
                }
                else if (!file.Equals("faq.xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    // The office's FAQ workbook may sit beside the feed (one zip holds everything); it is read separately.
                    otherExtensions.Add(file);
                }
            }
            else if (!VipFiles.IsKnown(logical))
            {
                if (DatasetFileNames.Contains(logical)) continue;
                unknown.Add(file);
            }
            else if (!csv.TryAdd(logical, entry))
            {
                findings.Error(file, null, null, FindingCodes.MixedFormats,
                    $"{logical} is there twice (as .txt and .csv, or in two spellings); keep one");
            }
        }
        if (unknown.Count > 0)
        {
            findings.Warning(packageName, null, null, FindingCodes.BadFilenames,
                $"{string.Join(", ", unknown)} {(unknown.Count == 1 ? "is not a" : "are not")} VIP 5.2 file name{(unknown.Count == 1 ? "" : "s")} and will be ignored; check the spelling");
        }
        if (otherExtensions.Count > 0)
        {
            findings.Warning(packageName, null, null, FindingCodes.InvalidExtensions,
                $"{string.Join(", ", otherExtensions)} will be ignored: only .txt and .csv files are read");
        }
        return new FeedLayout(FeedFormat.Csv, csv.ToFrozenDictionary(StringComparer.Ordinal), null);
    }

    /// <summary>The office's own files may sit beside the feed; they are read separately, not as VIP files.</summary>
    private static readonly FrozenSet<string> DatasetFileNames =
        new[] { "faq.txt", "notices.txt", "golden-questions.txt", "faq-intents.txt", "addresses.txt" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Election.CSV" → "election.txt"; null for other extensions.</summary>
    private static string? LogicalName(string file)
    {
        var extension = Path.GetExtension(file);
        if (!extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".csv", StringComparison.OrdinalIgnoreCase)) return null;
        return Path.GetFileNameWithoutExtension(file).ToLowerInvariant() + ".txt";
    }

    internal static string FileName(string entry) => entry[(entry.LastIndexOf('/') + 1)..];

    internal static string Folder(string entry) => entry.LastIndexOf('/') is var slash and >= 0 ? entry[..slash] : string.Empty;
}
