namespace Elections.Bots.Import.Packaging;

/// <summary>
/// What an uploaded archive may hold before it is refused as a zip bomb. A statewide street file is a few hundred
/// megabytes at most and compresses about 10:1, so these leave room for real feeds and none for bombs.
/// </summary>
public sealed record ImportLimits
{
    public static ImportLimits Default { get; } = new();

    /// <summary>Uncompressed bytes of one entry (declared or actually produced).</summary>
    public long MaxEntryBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Uncompressed bytes of all entries together.</summary>
    public long MaxTotalBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Uncompressed ÷ compressed size of an entry above <see cref="RatioCheckedFromBytes"/>.</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    public long RatioCheckedFromBytes { get; init; } = 1024 * 1024;

    public int MaxEntries { get; init; } = 500;
}
