using System.Text.Encodings.Web;
using System.Text.Json;

namespace Elections.Bots.Lex.Wire;

/// <summary>
/// How the function reads events and writes responses: by hand, in one forward pass each (the per-turn hot path),
/// to and from the very records and bytes <see cref="LexJsonContext"/> reads and writes, which stays the reference
/// they are tested against. Tests load their fixtures through here too.
/// </summary>
public static class LexJson
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        // Lex reads JSON, not HTML: accented Spanish stays two bytes instead of a six-byte escape.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>The event, or null for JSON <c>null</c>.</summary>
    /// <exception cref="JsonException">Not JSON, or a member holds a value of the wrong type.</exception>
    /// <exception cref="InvalidOperationException">A string escapes a lone surrogate.</exception>
    public static LexEvent? ReadEvent(ReadOnlySpan<byte> utf8) => Reading.LexEventJsonReader.Read(utf8);

    /// <summary>The response as UTF-8 JSON, with <see cref="WriterOptions"/>.</summary>
    public static byte[] WriteResponse(LexResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Writing.LexResponseJsonWriter.Write(response);
    }
}
