using System.Text;

namespace Elections.Bots.Cli.Export;

/// <summary>Writes generated files only where they changed, or (with <c>--check</c>) lists those that are stale.</summary>
internal static class GeneratedFiles
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The files whose content on disk differs from what the model produces now (missing ones included).</summary>
    public static IEnumerable<GeneratedFile> Stale(string folder, IEnumerable<GeneratedFile> files) =>
        files.Where(file => ReadOrNull(PathOf(folder, file)) != file.Content);

    public static void Write(string folder, GeneratedFile file)
    {
        var path = PathOf(folder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, file.Content, Utf8NoBom);
    }

    public static string PathOf(string folder, GeneratedFile file) =>
        Path.Combine(folder, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));

    public static string? ReadOrNull(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}
