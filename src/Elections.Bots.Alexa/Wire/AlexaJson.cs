using System.Text.Encodings.Web;

namespace Elections.Bots.Alexa.Wire;

/// <summary>
/// How the Alexa adapter reads and writes its wire: the function calls these, and tests load their fixtures
/// through them too. Requests and responses go through a hand-written reader and writer (the per-request hot
/// path); <see cref="Context"/> is the source-generated reference they are tested against, and serves the
/// Device Address body and refusals.
/// </summary>
public static class AlexaJson
{
    /// <summary>
    /// The default encoder would write every SSML <c>&lt;</c> as <c>\u003C</c> and every accented letter as
    /// <c>\u00E1</c>, tripling the size of Spanish SSML against the response limit. The relaxed encoder still
    /// escapes quotes and control characters, which is all valid JSON needs; responses never reach a browser.
    /// </summary>
    public static AlexaJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Reads a request envelope in one forward pass; same result as <c>Context.RequestEnvelope</c>, in half the time.</summary>
    /// <exception cref="JsonException">The bytes are not JSON or do not fit the request shape.</exception>
    public static RequestEnvelope? ReadRequest(ReadOnlySpan<byte> utf8) => Reading.RequestReader.Read(utf8);

    /// <summary>Writes a response; the same bytes as <c>Context.ResponseEnvelope</c> with this encoder, written by hand.</summary>
    public static byte[] Write(ResponseEnvelope response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return ResponseWriter.Write(response);
    }

    public static byte[] Write(RefusalBody refusal) =>
        JsonSerializer.SerializeToUtf8Bytes(refusal, Context.RefusalBody);
}
