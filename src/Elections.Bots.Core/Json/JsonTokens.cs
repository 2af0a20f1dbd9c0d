using System.Text.Json;

namespace Elections.Bots.Core.Json;

/// <summary>
/// The moves of a forward-only read with System.Text.Json's rules: a value of the wrong JSON type is a
/// <see cref="JsonException"/>, JSON null reads as null, members nobody reads are skipped unread. The hand-written
/// readers of the session state and of channel events are built from these.
/// </summary>
public static class JsonTokens
{
    /// <summary>Reads the member whose name the reader is on into <paramref name="target"/>; false when it is not one it knows.</summary>
    public delegate bool MemberReader<in T>(ref Utf8JsonReader reader, T target);

    public delegate T? ElementReader<out T>(ref Utf8JsonReader reader);

    /// <summary>On a value: null for JSON null, otherwise a new <typeparamref name="T"/> filled from the object's members.</summary>
    public static T? Object<T>(ref Utf8JsonReader reader, MemberReader<T> member)
        where T : class, new() =>
        reader.TokenType == JsonTokenType.Null ? null : Object(ref reader, new T(), member);

    /// <summary>On a value: null for JSON null, otherwise <paramref name="target"/> filled from the object's members.</summary>
    public static T? Object<T>(ref Utf8JsonReader reader, T target, MemberReader<T> member)
        where T : class
    {
        if (!StartObject(ref reader)) return null;
        while (NextProperty(ref reader))
        {
            if (!member(ref reader, target)) SkipProperty(ref reader);
        }
        return target;
    }

    /// <summary>On a value: null for JSON null, otherwise the array's elements read one by one.</summary>
    public static List<T?>? Array<T>(ref Utf8JsonReader reader, ElementReader<T> element)
        where T : class
    {
        if (!StartArray(ref reader)) return null;
        var items = new List<T?>();
        while (NextElement(ref reader)) items.Add(element(ref reader));
        return items;
    }

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

    /// <exception cref="InvalidOperationException">The string escapes a lone surrogate.</exception>
    public static string? String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw WrongType("a string"),
    };

    /// <summary>A string that is usually one of <paramref name="known"/>: that shared instance, without decoding.</summary>
    public static string? String(ref Utf8JsonReader reader, Utf8Vocabulary known) =>
        reader.TokenType == JsonTokenType.String && Known(ref reader, known) is { } word ? word : String(ref reader);

    public static bool Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw WrongType("true or false"),
    };

    /// <summary>An integer that fits an int; null for JSON null. A fraction, an exponent or a quoted number is malformed.</summary>
    public static int? Int32(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number when reader.TryGetInt32(out var value) => value,
        JsonTokenType.Null => null,
        _ => throw WrongType("an integer"),
    };

    /// <summary>The current property name, as a shared instance when it is one of <paramref name="known"/>.</summary>
    public static string PropertyName(ref Utf8JsonReader reader, Utf8Vocabulary known) => Known(ref reader, known) ?? reader.GetString()!;

    public static JsonException WrongType(string expected) => new($"A member holds another kind of value than {expected}.");

    private static string? Known(ref Utf8JsonReader reader, Utf8Vocabulary known) =>
        reader.ValueIsEscaped || reader.HasValueSequence ? null : known.Find(reader.ValueSpan);
}
