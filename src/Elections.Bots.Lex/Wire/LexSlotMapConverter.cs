using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Elections.Bots.Lex.Wire;

/// <summary>
/// Reads a slot map in which any value that is not an object (a bare string, a number, an array) counts as an
/// unfilled slot, so a slot of unexpected shape costs the voter one re-ask rather than the whole turn.
/// </summary>
public sealed class LexSlotMapConverter : JsonConverter<Dictionary<string, LexSlot?>?>
{
    public override Dictionary<string, LexSlot?>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }
        var slotInfo = SlotInfo(options);
        var map = new Dictionary<string, LexSlot?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                map[name] = JsonSerializer.Deserialize(ref reader, slotInfo);
            }
            else
            {
                reader.Skip();
                map[name] = null;
            }
        }
        return map;
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, LexSlot?>? value, JsonSerializerOptions options)
    {
        var slotInfo = SlotInfo(options);
        writer.WriteStartObject();
        foreach (var (name, slot) in value ?? [])
        {
            writer.WritePropertyName(name);
            if (slot is null) writer.WriteNullValue();
            else JsonSerializer.Serialize(writer, slot, slotInfo);
        }
        writer.WriteEndObject();
    }

    private static JsonTypeInfo<LexSlot> SlotInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<LexSlot>)options.GetTypeInfo(typeof(LexSlot));
}
