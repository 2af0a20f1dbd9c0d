namespace Elections.Bots.Tests;

/// <summary>Finds files in this repository from a test's output folder, so tests never depend on the working directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string MillbrookDataset => Path.Combine(Root, "samples", "millbrook");

    public static string Sample(string file) => Path.Combine(MillbrookDataset, file);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Elections.Bots.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Elections.Bots.sln not found above " + AppContext.BaseDirectory);
    }
}
