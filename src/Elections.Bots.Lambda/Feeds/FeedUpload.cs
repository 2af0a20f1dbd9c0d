namespace Elections.Bots.Lambda.Feeds;

/// <summary>One uploaded feed: <c>feeds/NAME.zip</c> in the data bucket, and where its report goes.</summary>
/// <param name="Key">The decoded object key.</param>
/// <param name="Size">The size S3 announced; the download is capped regardless.</param>
public sealed record FeedUpload(string Bucket, string Key, long Size)
{
    public const string FeedPrefix = "feeds/";
    public const string ReportPrefix = "reports/";
    public const string ZipSuffix = ".zip";

    /// <summary>"feeds/millbrook-2027.zip" → "millbrook-2027" (sub-folders kept: "feeds/a/b.zip" → "a/b").</summary>
    public string Name => Key[FeedPrefix.Length..^ZipSuffix.Length];

    public string ReportKey => $"{ReportPrefix}{Name}.json";

    public string FileName => Key[(Key.LastIndexOf('/') + 1)..];
}
