namespace Elections.Bots.Import.Tests;

/// <summary>A scratch folder per test class instance, for zips, workbooks and XML feeds the tests write.</summary>
public abstract class TemporaryFolder : IDisposable
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory("eb-import-").FullName;

    protected string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
