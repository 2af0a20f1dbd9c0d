using System.IO.Compression;
using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Packaging;

/// <summary>A feed zip, checked by <see cref="SafeZip"/> before any entry is read.</summary>
internal sealed class ZipPackage : FeedPackage
{
    private readonly ZipArchive _archive;
    private readonly ImportLimits _limits;

    private ZipPackage(ZipArchive archive, ImportLimits limits)
    {
        _archive = archive;
        _limits = limits;
        Entries = [.. archive.Entries.Where(e => !e.FullName.EndsWith('/')).Select(e => e.FullName.Replace('\\', '/'))];
    }

    public override IReadOnlyList<string> Entries { get; }

    public static ZipPackage? OpenArchive(string path, ImportLimits limits, FindingCollector findings)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var archive = SafeZip.Open(stream, Path.GetFileName(path), limits, findings);
        return archive is null ? null : new ZipPackage(archive, limits);
    }

    public override Stream Open(string entry)
    {
        var found = _archive.Entries.First(e => e.FullName.Replace('\\', '/') == entry);
        return SafeZip.OpenEntry(found, _limits);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _archive.Dispose();
        base.Dispose(disposing);
    }
}
