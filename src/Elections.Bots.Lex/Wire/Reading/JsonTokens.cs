using System.Text.Json;
using Elections.Bots.Core.Text;

namespace Elections.Bots.Lex.Wire.Reading;

/// <summary>
/// The moves of a forward-only read with the source-generated serializer's rules: a value of the wrong JSON type
/// is a <see cref="JsonException"/>, JSON null reads as null, members nobody reads are skipped unread.
/// </summary>
internal static class JsonTokens
{
    /// <summary>Moves to the next token; the input ending here is malformed.</summary>
    public static void Advance(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw new JsonException("The JSON ends in the middle of a value.");
    }

    /// <summary>On a value: true at the start of an object, false for null; any other value is malformed.</summary>
    public static bool StartObject(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => true,
        JsonTokenType.Null => false,
        _ => throw WrongType("an object"),
    };

    public static bool StartArray(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartArray => true,
        JsonTokenType.Null => false,
        _ => throw WrongType("an array"),
    };

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Moves to the next element of the current array; false at its end.</summary>
    public static bool NextElement(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType != JsonTokenType.EndArray;
    }

    /// <summary>On a property name: when it is <paramref name="name"/> (escaped or not), moves to its value and says so.</summary>
    public static bool Is(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (!reader.ValueTextEquals(name)) return false;
        Advance(ref reader);
        return true;
    }

    /// <summary>On a property name nobody reads: skips it and its value, however deep.</summary>
    public static void SkipProperty(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        reader.Skip();
    }

    public static string? String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw WrongType("a string"),
    };

    /// <summary>A string that is usually one of <paramref name="known"/>: that shared instance, without decoding.</summary>
    public static string? String(ref Utf8JsonReader reader, Utf8Vocabulary known) =>
        reader.TokenType == JsonTokenType.String && Known(ref reader, known) is { } word ? word : String(ref reader);

    /// <summary>The current property name, as a shared instance when it is one of <paramref name="known"/>.</summary>
    public static string PropertyName(ref Utf8JsonReader reader, Utf8Vocabulary known) => Known(ref reader, known) ?? reader.GetString()!;

    private static string? Known(ref Utf8JsonReader reader, Utf8Vocabulary known) =>
        reader.ValueIsEscaped || reader.HasValueSequence ? null : known.Find(reader.ValueSpan);

    private static JsonException WrongType(string expected) => new($"A member holds another kind of value than {expected}.");
}
