namespace Elections.Bots.Cli.Export;

/// <summary>A file an export writes: its path (relative to the output folder, '/'-separated) and its text.</summary>
internal sealed record GeneratedFile(string RelativePath, string Content);
