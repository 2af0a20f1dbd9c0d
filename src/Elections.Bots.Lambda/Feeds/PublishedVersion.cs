namespace Elections.Bots.Lambda.Feeds;

/// <summary>The version an upload made live: records per kind as verified in the table.</summary>
public sealed record PublishedVersion(
    string Version,
    string? PreviousVersion,
    IReadOnlyDictionary<string, long> Counts,
    long ItemsWritten,
    double Seconds,
    IReadOnlyList<string> Warnings);
