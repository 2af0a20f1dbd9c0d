using System.Net;
using System.Text.Json;

namespace Elections.Bots.Lambda.Feeds;

/// <summary>
/// Reads the uploads out of an S3 notification, refusing in a sentence anything the import function must not
/// touch: another kind of event, an object outside <c>feeds/</c>, a file that is not a <c>.zip</c>, or one too large.
/// </summary>
public static class S3EventParser
{
    public const string EventSource = "aws:s3";
    public const string ObjectCreatedPrefix = "ObjectCreated:";

    public static S3EventParseResult Parse(ReadOnlyMemory<byte> utf8Event, long maxFeedBytes)
    {
        S3Notification? notification;
        try
        {
            notification = JsonSerializer.Deserialize(utf8Event.Span, FeedJsonContext.Default.S3Notification);
        }
        catch (JsonException)
        {
            return S3EventParseResult.Refused("The event is not JSON from S3: the import function runs on S3 ObjectCreated notifications.");
        }
        if (notification?.Records is not { Count: > 0 } records)
        {
            return S3EventParseResult.Refused("The event is not an S3 notification (no Records): the import function runs on S3 ObjectCreated notifications.");
        }

        var uploads = ImmutableArray.CreateBuilder<FeedUpload>(records.Count);
        foreach (var record in records)
        {
            if (record is not { EventSource: EventSource, EventName: { } name, S3: { Bucket.Name: { Length: > 0 } bucket, Object.Key: { Length: > 0 } encodedKey } s3 })
            {
                return S3EventParseResult.Refused("A record is not an S3 notification with a bucket and an object key.");
            }
            if (!name.StartsWith(ObjectCreatedPrefix, StringComparison.Ordinal))
            {
                return S3EventParseResult.Refused($"'{name}' is not an object upload: only {ObjectCreatedPrefix}* events start an import.");
            }
            // S3 URL-encodes keys in notifications, spaces as '+'.
            var key = WebUtility.UrlDecode(encodedKey);
            if (!key.StartsWith(FeedUpload.FeedPrefix, StringComparison.Ordinal) || !key.EndsWith(FeedUpload.ZipSuffix, StringComparison.OrdinalIgnoreCase)
                || key.Length <= FeedUpload.FeedPrefix.Length + FeedUpload.ZipSuffix.Length || key.Contains("..", StringComparison.Ordinal))
            {
                return S3EventParseResult.Refused($"'{key}' is not a feed: the import function reads {FeedUpload.FeedPrefix}NAME{FeedUpload.ZipSuffix} only.");
            }
            var size = s3.Object!.Size ?? 0;
            if (size > maxFeedBytes)
            {
                return S3EventParseResult.Refused($"'{key}' is {size:N0} bytes; a feed zip may be at most {maxFeedBytes:N0} bytes.", new FeedUpload(bucket, key, size));
            }
            uploads.Add(new FeedUpload(bucket, key, size));
        }
        return new S3EventParseResult(uploads.ToImmutable(), null, null);
    }
}
