namespace Elections.Bots.Alexa.Wire.Reading;

/// <summary>
/// The few moves of a forward-only read over <see cref="Utf8JsonReader"/>, with System.Text.Json's rules: a
/// value of the wrong type is a <see cref="JsonException"/>, JSON null reads as null, unknown members are skipped.
/// </summary>
internal static class JsonRead
{
    /// <summary>Reads the member whose name the reader is on into <paramref name="target"/>; false when it is not one it knows.</summary>
    public delegate bool MemberReader<in T>(ref Utf8JsonReader reader, T target);

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

    public delegate T? ElementReader<out T>(ref Utf8JsonReader reader);

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

    /// <summary>A string that is usually one of <paramref name="known"/>: that shared instance, without decoding.</summary>
    public static string? String(ref Utf8JsonReader reader, KnownStrings known) =>
        reader.TokenType == JsonTokenType.String && Known(ref reader, known) is { } text ? text : String(ref reader);

    /// <summary>The current property name, as a shared instance when it is one of <paramref name="known"/>.</summary>
    public static string PropertyName(ref Utf8JsonReader reader, KnownStrings known) => Known(ref reader, known) ?? reader.GetString()!;

    /// <summary>
    /// The skill id: every request names the same one, so the last one read is kept and returned again while it
    /// matches. The pair is swapped as one reference, so a thread never sees one id's bytes with another's text.
    /// </summary>
    public static string? SkillId(ref Utf8JsonReader reader)
    {
        var last = _lastSkillId;
        if (last is not null && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && reader.ValueSpan.SequenceEqual(last.Utf8))
        {
            return last.Text;
        }
        var text = String(ref reader);
        if (text is { Length: <= 128 }) _lastSkillId = new RecentText(System.Text.Encoding.UTF8.GetBytes(text), text);
        return text;
    }

    private static RecentText? _lastSkillId;

    private static string? Known(ref Utf8JsonReader reader, KnownStrings known) =>
        reader.ValueIsEscaped || reader.HasValueSequence ? null : known.Find(reader.ValueSpan);

    private sealed record RecentText(byte[] Utf8, string Text);

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
