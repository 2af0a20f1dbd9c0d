using System.CommandLine;

namespace Elections.Bots.Cli.Invoke;

/// <summary><c>--event FILE</c>, or standard input when absent (like <c>sam local invoke</c>).</summary>
internal static class EventInput
{
    public static Option<string> Create() => new("--event")
    {
        Description = "A file holding the event JSON. Default: read it from standard input.",
    };

    public static Stream Open(string? path)
    {
        if (path is null) return Console.OpenStandardInput();
        if (!File.Exists(path)) throw new Common.UsageException($"--event '{path}' does not exist.");
        return File.OpenRead(path);
    }
}
