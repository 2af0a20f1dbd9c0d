using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Elections.Bots.Cli.Serve.Http;

namespace Elections.Bots.Cli.Serve.Api;

/// <summary>The playground's JSON, source-generated.</summary>
[JsonSerializable(typeof(AskRequest))]
[JsonSerializable(typeof(AskResponse))]
[JsonSerializable(typeof(AdminSummary))]
[JsonSerializable(typeof(ProblemBody))]
internal sealed partial class ServeJsonContext : JsonSerializerContext
{
    /// <summary>
    /// camelCase, nulls left out, and SSML, quotes and accents written as they are (the default encoder would
    /// write <c>&lt;speak&gt;</c> as <c>\u003Cspeak\u003E</c>): people read these bodies with curl, and the page
    /// parses them with JSON.parse from an <c>application/json</c> response, never as HTML.
    /// </summary>
    public static ServeJsonContext Web { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
