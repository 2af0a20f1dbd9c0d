using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Elections.Bots.Lambda.Feeds;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(S3Notification))]
[JsonSerializable(typeof(ImportReport))]
[JsonSerializable(typeof(ImportSummary))]
public sealed partial class FeedJsonContext : JsonSerializerContext
{
    /// <summary>Reports are read by the office's staff: "¿Dónde voto?" stays as written.</summary>
    public static FeedJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
