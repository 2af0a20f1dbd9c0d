using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Packaging;

/// <summary>The files an administrator handed us: a folder, a zip, or one XML file, listed by relative path.</summary>
public abstract class FeedPackage : IDisposable
{
    /// <summary>Relative paths with '/' separators.</summary>
    public abstract IReadOnlyList<string> Entries { get; }

    /// <summary>Opens an entry for reading; a zip entry's stream stops with <see cref="InvalidDataException"/> past its limits.</summary>
    public abstract Stream Open(string entry);

    /// <summary>Opens a folder, a <c>.zip</c> or a single file; anything unusable is reported and null returned.</summary>
    public static FeedPackage? Open(string path, ImportLimits limits, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        if (Directory.Exists(path)) return new FolderPackage(path);
        if (!File.Exists(path))
        {
            findings.Error(name, null, null, FindingCodes.NotAFeed, $"'{path}' does not exist; give the feed folder, .zip or .xml file");
            return null;
        }
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) return ZipPackage.OpenArchive(path, limits, findings);
        return new SingleFilePackage(path);
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
