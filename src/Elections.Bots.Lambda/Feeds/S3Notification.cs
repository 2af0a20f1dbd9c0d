using System.Text.Json.Serialization;

namespace Elections.Bots.Lambda.Feeds;

/// <summary>
/// The parts of an S3 event notification the import function reads (<c>Records[].eventSource</c>, <c>eventName</c>,
/// <c>s3.bucket.name</c>, <c>s3.object.key</c>, <c>s3.object.size</c>); everything else is ignored.
/// </summary>
public sealed record S3Notification([property: JsonPropertyName("Records")] IReadOnlyList<S3Notification.Record?>? Records)
{
    public sealed record Record(string? EventSource, string? EventName, Entity? S3);

    public sealed record Entity(Bucket? Bucket, StoredObject? Object);

    public sealed record Bucket(string? Name);

    /// <param name="Key">URL-encoded, with '+' for spaces, as S3 sends it.</param>
    public sealed record StoredObject(string? Key, long? Size);
}
