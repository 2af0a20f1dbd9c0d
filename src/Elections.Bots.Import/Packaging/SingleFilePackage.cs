namespace Elections.Bots.Import.Packaging;

/// <summary>One file given on its own: a VIP XML feed (or a single CSV, which then lacks the other files).</summary>
internal sealed class SingleFilePackage(string path) : FeedPackage
{
    public override IReadOnlyList<string> Entries { get; } = [Path.GetFileName(path)];

    public override Stream Open(string entry) =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
}
