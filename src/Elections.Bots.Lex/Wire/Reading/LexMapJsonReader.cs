using System.Text.Json;
using Elections.Bots.Core.Json;

namespace Elections.Bots.Lex.Wire.Reading;

/// <summary>Request and session attributes, as <see cref="LexStringMapConverter"/> reads them, with Lex's and Connect's usual names shared.</summary>
internal static class LexMapJsonReader
{
    public static Dictionary<string, string>? Attributes(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (JsonTokens.NextProperty(ref reader))
        {
            var name = JsonTokens.PropertyName(ref reader, LexVocabulary.AttributeNames);
            JsonTokens.Advance(ref reader);
            if (reader.TokenType == JsonTokenType.String) map[name] = JsonTokens.String(ref reader, LexVocabulary.AttributeValues)!;
            else reader.Skip();
        }
        return map;
    }
}
