using System.Text.Json;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex;

/// <summary>
/// Parses the event (see <see cref="LexJson.ReadEvent"/>). A JSON document that looks like a Lex event but does not
/// fit the model (a field of the wrong type) is salvaged: the few members needed to answer politely in the
/// voter's language and channel are read from the document, so the voter still hears the office's phone.
/// </summary>
internal static class LexEventReader
{
    /// <summary>Members every Lex V2 code-hook event carries; a document with none of them is not a Lex event.</summary>
    private static readonly string[] Markers = ["sessionState", "invocationSource", "bot", "interpretations", "inputTranscript"];

    public static (LexEvent? Event, bool Salvaged, string? ErrorType) Read(ReadOnlySpan<byte> utf8)
    {
        // JSON text is UTF-8 (RFC 8259). The reader would let bad bytes through in members it skips, and fail later
        // on those it reads; checking once up front gives one clear answer for all of them.
        if (!System.Text.Unicode.Utf8.IsValid(utf8)) return (null, false, LexErrorTypes.InvalidJson);
        try
        {
            var lexEvent = LexJson.ReadEvent(utf8);
            return lexEvent is not null && LooksLikeLex(lexEvent)
                ? (lexEvent, false, null)
                : (null, false, LexErrorTypes.NotLexEvent);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return Salvage(utf8);
        }
    }

    private static bool LooksLikeLex(LexEvent e) =>
        e.SessionState is not null || e.InvocationSource is not null || e.Bot is not null
        || e.Interpretations is not null || e.InputTranscript is not null;

    private static (LexEvent? Event, bool Salvaged, string? ErrorType) Salvage(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        JsonDocument? document = null;
        try
        {
            // A second value after the first (or any trailing garbage) makes the input invalid JSON too.
            if (!JsonDocument.TryParseValue(ref reader, out document) || reader.Read())
            {
                document?.Dispose();
                return (null, false, LexErrorTypes.InvalidJson);
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            document?.Dispose();
            return (null, false, LexErrorTypes.InvalidJson);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !Markers.Any(name => root.TryGetProperty(name, out _)))
            {
                return (null, false, LexErrorTypes.NotLexEvent);
            }
            var sessionState = Member(root, "sessionState");
            var salvaged = new LexEvent
            {
                InvocationSource = Text(root, "invocationSource"),
                InputMode = Text(root, "inputMode"),
                Bot = new LexBot { LocaleId = Text(Member(root, "bot"), "localeId") },
                RequestAttributes = StringMap(Member(root, "requestAttributes")),
                SessionState = new LexSessionState
                {
                    SessionAttributes = StringMap(Member(sessionState, "sessionAttributes")),
                    Intent = new LexIntent { Name = Text(Member(sessionState, "intent"), "name") },
                },
            };
            return (salvaged, true, null);
        }
    }

    private static JsonElement Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var member) ? member : default;

    private static string? Text(JsonElement element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.String } member ? member.GetString() : null;

    private static Dictionary<string, string>? StringMap(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String) map[property.Name] = property.Value.GetString()!;
        }
        return map;
    }
}
