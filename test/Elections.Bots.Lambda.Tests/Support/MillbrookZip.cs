using System.IO.Compression;
using Elections.Bots.Tests;

namespace Elections.Bots.Lambda.Tests.Support;

/// <summary>
/// The zip an office uploads, built from samples/millbrook: the feed in vip/, and faq.csv, golden-questions.csv and
/// faq-intents.csv at the top. <paramref name="edit"/> may change a file's text first (path relative to the sample).
/// </summary>
internal static class MillbrookZip
{
    public static byte[] Create(Func<string, string, string>? edit = null)
    {
        var root = RepositoryPaths.MillbrookDataset;
        var files = Directory.GetFiles(Path.Combine(root, "vip"), "*.txt")
            .Concat(["faq.csv", "golden-questions.csv", "faq-intents.csv"])
            .Select(path => Path.GetRelativePath(root, Path.Combine(root, path)).Replace('\\', '/'));
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                var text = File.ReadAllText(Path.Combine(root, file));
                using var writer = new StreamWriter(zip.CreateEntry(file).Open());
                writer.Write(edit is null ? text : edit(file, text));
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Replaces text in one file, and fails the test if the text is not there (a fixture that silently stopped breaking anything).</summary>
    public static Func<string, string, string> Replace(string file, string from, string to) => (path, text) =>
    {
        if (path != file) return text;
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    };
}
