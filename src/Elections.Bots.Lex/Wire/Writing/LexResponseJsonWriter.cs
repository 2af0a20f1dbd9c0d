using System.Text.Json;
using Elections.Bots.Core.Json;

namespace Elections.Bots.Lex.Wire.Writing;

/// <summary>
/// Writes a response straight into a per-thread buffer, member by member in the order the source-generated
/// context writes them (a test holds the two to the same bytes). Every turn pays for this write; by hand it skips
/// the serializer's per-call frame stack and writer, and writes pre-encoded member names.
/// </summary>
internal static class LexResponseJsonWriter
{
    /// <summary>Lex takes 25 KB; a buffer grown past 64 KB by some odd response is not kept for the next one.</summary>
    private static readonly JsonWriterCache Writers = new(LexJson.WriterOptions, initialCapacity: 4096, maxCachedBytes: 64 * 1024);

    public static byte[] Write(LexResponse response) => Writers.WriteToBytes(response, WriteResponse);

    private static void WriteResponse(Utf8JsonWriter writer, LexResponse response)
    {
        writer.WriteStartObject();
        if (response.SessionState is { } state)
        {
            writer.WritePropertyName(Names.SessionState);
            SessionState(writer, state);
        }
        if (response.Messages is { } messages)
        {
            writer.WriteStartArray(Names.Messages);
            foreach (var message in messages) Message(writer, message);
            writer.WriteEndArray();
        }
        if (response.RequestAttributes is { } attributes) Map(writer, Names.RequestAttributes, attributes);
        writer.WriteEndObject();
    }

    private static void SessionState(Utf8JsonWriter writer, LexSessionState state)
    {
        writer.WriteStartObject();
        if (state.SessionAttributes is { } attributes) Map(writer, Names.SessionAttributes, attributes);
        if (state.DialogAction is { } action)
        {
            writer.WriteStartObject(Names.DialogAction);
            OptionalString(writer, Names.Type, action.Type);
            OptionalString(writer, Names.SlotToElicit, action.SlotToElicit);
            OptionalString(writer, Names.SlotElicitationStyle, action.SlotElicitationStyle);
            writer.WriteEndObject();
        }
        if (state.Intent is { } intent)
        {
            writer.WritePropertyName(Names.Intent);
            LexSlotJsonWriter.Intent(writer, intent);
        }
        writer.WriteEndObject();
    }

    private static void Message(Utf8JsonWriter writer, LexMessage? message)
    {
        if (message is null)
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStartObject();
        OptionalString(writer, Names.ContentType, message.ContentType);
        OptionalString(writer, Names.Content, message.Content);
        if (message.ImageResponseCard is { } card)
        {
            writer.WriteStartObject(Names.ImageResponseCard);
            OptionalString(writer, Names.Title, card.Title);
            OptionalString(writer, Names.Subtitle, card.Subtitle);
            OptionalString(writer, Names.ImageUrl, card.ImageUrl);
            if (card.Buttons is { } buttons)
            {
                writer.WriteStartArray(Names.Buttons);
                foreach (var button in buttons) Button(writer, button);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void Button(Utf8JsonWriter writer, LexButton? button)
    {
        if (button is null)
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStartObject();
        OptionalString(writer, Names.Text, button.Text);
        OptionalString(writer, Names.Value, button.Value);
        writer.WriteEndObject();
    }

    /// <summary>As <see cref="LexStringMapConverter"/> writes it: null values left out.</summary>
    private static void Map(Utf8JsonWriter writer, JsonEncodedText name, Dictionary<string, string> map)
    {
        writer.WriteStartObject(name);
        foreach (var (key, text) in map)
        {
            if (text is not null) writer.WriteString(key, text);
        }
        writer.WriteEndObject();
    }

    /// <summary>Nulls are left out, as the context's <c>WhenWritingNull</c> leaves them.</summary>
    public static void OptionalString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }
}
