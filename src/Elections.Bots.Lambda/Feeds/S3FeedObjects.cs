using Amazon.S3;
using Amazon.S3.Model;

namespace Elections.Bots.Lambda.Feeds;

/// <summary>The data bucket through AWSSDK.S3; credentials from Lambda's role (the SDK's usual chain).</summary>
public sealed class S3FeedObjects(IAmazonS3 client) : IFeedObjects
{
    public const string ReportContentType = "application/json; charset=utf-8";

    /// <summary>The SDK's own configuration also honours <c>AWS_ENDPOINT_URL_S3</c> for an S3-compatible server.</summary>
    public static S3FeedObjects Create(string? region)
    {
        var config = new AmazonS3Config();
        if (region is not null) config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(region);
        return new S3FeedObjects(new AmazonS3Client(config));
    }

    public async Task<Stream> OpenFeedAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        var response = await client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = key }, cancellationToken).ConfigureAwait(false);
        return response.ResponseStream;
    }

    public async Task WriteReportAsync(string bucket, string key, ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream(utf8Json.ToArray(), writable: false);
        var request = new PutObjectRequest { BucketName = bucket, Key = key, InputStream = body, ContentType = ReportContentType };
        await client.PutObjectAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
