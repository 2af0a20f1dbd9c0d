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

    /// <summary>The Millbrook sample with these notices (rows of <c>notices.csv</c>, after its header), loaded.</summary>
    public static Elections.Bots.Import.Dataset.LoadedDataset MillbrookWithNotices(params string[] rows)
    {
        using var folder = CopyOfMillbrook();
        File.WriteAllText(System.IO.Path.Combine(folder.Path, "notices.csv"),
            "id,text_en,text_es,uri,precinct_ids,location_ids,valid_until\n" + string.Concat(rows.Select(row => row + "\n")));
        return Elections.Bots.Import.Dataset.DatasetFolderLoader.Load(folder.Path);
    }

    /// <summary>Replaces the first occurrence in a file, after checking it is there (so a test cannot pass vacuously).</summary>
    public static void Edit(string path, string find, string replacement)
    {
        var content = File.ReadAllText(path);
        var index = content.IndexOf(find, StringComparison.Ordinal);
        Xunit.Assert.True(index >= 0, $"'{find}' is no longer in {System.IO.Path.GetFileName(path)}");
        File.WriteAllText(path, string.Concat(content.AsSpan(0, index), replacement, content.AsSpan(index + find.Length)));
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
