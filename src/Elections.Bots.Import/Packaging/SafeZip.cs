using System.IO.Compression;
using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Packaging;

/// <summary>
/// Opens an uploaded zip (a feed or an .xlsx) only if it cannot hurt us: no entry names that climb out of the
/// archive or are absolute, no archives inside it, and declared sizes and compression ratios within
/// <see cref="ImportLimits"/>. Declared sizes can lie, so every entry is also cut off while it is read.
/// </summary>
internal static class SafeZip
{
    private static readonly string[] ArchiveExtensions = [".zip", ".gz", ".tgz", ".7z", ".rar", ".tar", ".bz2", ".xz", ".zst"];

    /// <summary>The archive, or null after reporting why it is refused. Disposes <paramref name="stream"/> on refusal.</summary>
    public static ZipArchive? Open(Stream stream, string name, ImportLimits limits, FindingCollector findings,
        string unreadable = "the file is not a readable zip archive; zip the files again")
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException)
        {
            stream.Dispose();
            findings.Error(name, null, null, FindingCodes.NotAFeed, unreadable);
            return null;
        }

        var problem = Check(archive, limits);
        if (problem is null) return archive;
        archive.Dispose();
        findings.Error(name, null, null, problem.Value.Code, problem.Value.Message);
        return null;
    }

    /// <summary>An entry's content; <see cref="InvalidDataException"/> past the limit, or at the end on a size or CRC mismatch.</summary>
    public static Stream OpenEntry(ZipArchiveEntry entry, ImportLimits limits) =>
        new CheckedEntryStream(entry.Open(), entry.Length, entry.Crc32, limits.MaxEntryBytes, entry.FullName);

    private static (string Code, string Message)? Check(ZipArchive archive, ImportLimits limits)
    {
        if (archive.Entries.Count > limits.MaxEntries)
        {
            return (FindingCodes.ZipTooLarge, $"the archive has {archive.Entries.Count} entries; a feed has at most {limits.MaxEntries}");
        }
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            var path = entry.FullName;
            if (!IsSafePath(path))
            {
                return (FindingCodes.UnsafeZip, $"the entry '{path}' has an absolute path or climbs out of the archive with '..'; " +
                    "the archive is refused — zip the feed files themselves");
            }
            if (ArchiveExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                return (FindingCodes.NestedArchive, $"the entry '{path}' is an archive inside the archive; unpack it and zip the feed files directly");
            }
            if (entry.Length > limits.MaxEntryBytes)
            {
                return (FindingCodes.ZipTooLarge, $"the entry '{path}' claims {Megabytes(entry.Length)} uncompressed, over the {Megabytes(limits.MaxEntryBytes)} limit");
            }
            if (entry.Length > limits.RatioCheckedFromBytes && entry.Length > entry.CompressedLength * (long)limits.MaxCompressionRatio)
            {
                return (FindingCodes.ZipTooLarge, $"the entry '{path}' expands {entry.Length / Math.Max(1, entry.CompressedLength)} times, " +
                    $"more than the {limits.MaxCompressionRatio}× a real feed does; the archive is refused as a zip bomb");
            }
            total += entry.Length;
            if (total > limits.MaxTotalBytes)
            {
                return (FindingCodes.ZipTooLarge, $"the entries add up to more than {Megabytes(limits.MaxTotalBytes)} uncompressed");
            }
        }
        return null;
    }

    private static bool IsSafePath(string path) =>
        path.Length > 0 &&
        path[0] is not ('/' or '\\') &&
        !path.Contains(':', StringComparison.Ordinal) &&
        !path.Contains('\0', StringComparison.Ordinal) &&
        !path.Replace('\\', '/').Split('/').Any(segment => segment == "..");

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MB";
}
