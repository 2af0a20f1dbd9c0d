namespace Elections.Bots.Lambda.Feeds;

/// <summary>The feeds to import, or why the event was refused (and the feed, when it was one but too large to read).</summary>
public sealed record S3EventParseResult(ImmutableArray<FeedUpload> Uploads, string? Problem, FeedUpload? RefusedFeed)
{
    public static S3EventParseResult Refused(string problem, FeedUpload? feed = null) => new([], problem, feed);
}
