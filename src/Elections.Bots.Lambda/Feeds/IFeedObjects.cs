namespace Elections.Bots.Lambda.Feeds;

/// <summary>The data bucket as the import function uses it: read an uploaded feed, write its report.</summary>
public interface IFeedObjects
{
    /// <summary>The object's content, read once from start to end; the caller disposes it.</summary>
    Task<Stream> OpenFeedAsync(string bucket, string key, CancellationToken cancellationToken);

    Task WriteReportAsync(string bucket, string key, ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken);
}
