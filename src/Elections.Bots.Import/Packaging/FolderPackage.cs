namespace Elections.Bots.Import.Packaging;

/// <summary>A feed folder on disk (its subfolders too: a dataset folder keeps the feed in <c>vip/</c>).</summary>
internal sealed class FolderPackage(string root) : FeedPackage
{
    private const int MaxDepth = 3;

    public override IReadOnlyList<string> Entries { get; } = List(root);

    public override Stream Open(string entry) =>
        new FileStream(Path.Combine(root, entry), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);

    private static List<string> List(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = MaxDepth, AttributesToSkip = FileAttributes.Hidden };
        return [.. Directory.EnumerateFiles(root, "*", options)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }
}
