namespace Elections.Bots.Alexa.Wire.Reading;

/// <summary>
/// The few moves of a forward-only read over <see cref="Utf8JsonReader"/>, with System.Text.Json's rules: a
/// value of the wrong type is a <see cref="JsonException"/>, JSON null reads as null, unknown members are skipped.
/// </summary>
internal static class JsonRead
{
    /// <summary>On a property name: when it is <paramref name="name"/>, moves to its value and says so.</summary>
    public static bool Is(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (!reader.ValueTextEquals(name)) return false;
        Advance(ref reader);
        return true;
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>On a property name nobody reads: skips it and its value, however deep.</summary>
    public static void SkipProperty(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        reader.Skip();
    }

    /// <summary>On a value: true at the start of an object, false for null, otherwise the request is malformed.</summary>
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

    /// <summary>Moves to the next element of the current array; false at its end.</summary>
    public static bool NextElement(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType != JsonTokenType.EndArray;
    }

    public static string? String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw WrongType("a string"),
    };

    public static bool Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw WrongType("true or false"),
    };

    public static void Advance(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw new JsonException("The JSON ends in the middle of a value.");
    }

    private static JsonException WrongType(string expected) => new($"A member holds another kind of value than {expected}.");
}
