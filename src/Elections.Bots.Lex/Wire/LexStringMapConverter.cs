using System.Text.Json;

namespace Elections.Bots.Lex.Wire;

/// <summary>
/// Reads a string-to-string map, dropping entries whose value is not a string (Lex allows strings only, so such
/// an entry can only come from a broken client), and reads a map of any other JSON type as absent.
/// </summary>
public sealed class LexStringMapConverter : JsonConverter<Dictionary<string, string>?>
{
    public override Dictionary<string, string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.String) map[name] = reader.GetString()!;
            else reader.Skip();
        }
        return map;
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, string>? value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, text) in value ?? [])
        {
            if (text is not null) writer.WriteString(name, text);
        }
        writer.WriteEndObject();
    }
}
