namespace Elections.Bots.Tests;

/// <summary>A throw-away copy of the Millbrook dataset that a test may break on purpose.</summary>
internal sealed class TemporaryDataset : IDisposable
{
    private TemporaryDataset(string path) => Path = path;

    public string Path { get; }

    public string FeedPath => System.IO.Path.Combine(Path, "vip");

    public static TemporaryDataset CopyOfMillbrook()
    {
        var target = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "eb-dataset-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(RepositoryPaths.MillbrookDataset, target);
        return new TemporaryDataset(target);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }
        foreach (var dir in Directory.GetDirectories(source))
        {
            CopyDirectory(dir, System.IO.Path.Combine(target, System.IO.Path.GetFileName(dir)));
        }
    }
}
