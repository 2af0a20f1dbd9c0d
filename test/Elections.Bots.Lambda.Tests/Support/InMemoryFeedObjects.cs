using Elections.Bots.Lambda.Feeds;

namespace Elections.Bots.Lambda.Tests.Support;

/// <summary>A data bucket in memory: the zips the test uploaded, the reports the function wrote.</summary>
internal sealed class InMemoryFeedObjects : IFeedObjects
{
    public const string Bucket = "millbrook-elections-bots";

    private readonly Dictionary<string, byte[]> _objects = new(StringComparer.Ordinal);

    public Dictionary<string, byte[]> Reports { get; } = new(StringComparer.Ordinal);

    public void Put(string key, byte[] content) => _objects[key] = content;

    public Task<Stream> OpenFeedAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        Assert.Equal(Bucket, bucket);
        return Task.FromResult<Stream>(new MemoryStream(_objects[key], writable: false));
    }

    public Task WriteReportAsync(string bucket, string key, ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        Assert.Equal(Bucket, bucket);
        Reports[key] = utf8Json.ToArray();
        return Task.CompletedTask;
    }
}
