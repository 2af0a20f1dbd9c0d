using System.Text.Json;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Dialog;

/// <summary>
/// Reads the state's JSON (see <see cref="SessionStateCodec"/>) in one forward pass, with JsonSerializer's rules:
/// members matched exactly, unknown ones skipped, the last of a repeated member kept, a value of the wrong type a
/// <see cref="JsonException"/>. Intent names and choice targets come back as shared strings.
/// </summary>
internal static class SessionStateReader
{
    private static readonly Utf8Vocabulary Intents = new(IntentNames.All);
    private static readonly Utf8Vocabulary Targets = new([.. IntentNames.All.Select(name => "intent:" + name)]);
    private static readonly Utf8Vocabulary LocaleTags = new(Core.LocaleTags.EnglishUS, Core.LocaleTags.SpanishUS);

    /// <summary>The state, or null when the JSON is <c>null</c> or another version.</summary>
    /// <exception cref="JsonException">Not JSON, or a member holds a value of the wrong type.</exception>
    /// <exception cref="InvalidOperationException">A string escapes a lone surrogate.</exception>
    public static SessionState? Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        Advance(ref reader);
        SessionState? state = null;
        if (reader.TokenType != JsonTokenType.Null)
        {
            if (reader.TokenType != JsonTokenType.StartObject) throw WrongType();
            state = Members(ref reader);
        }
        if (reader.Read()) throw new JsonException("Content follows the session state.");
        return state;
    }

    private static SessionState? Members(ref Utf8JsonReader reader)
    {
        var version = 0;
        string? address = null, pending = null, locale = null, last = null;
        int? attempts = null, negative = null;
        ImmutableArray<string> choices = [];
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "V"u8)) version = Number(ref reader) ?? throw WrongType();
            else if (Is(ref reader, "A"u8)) address = String(ref reader);
            else if (Is(ref reader, "P"u8)) pending = IntentName(ref reader);
            else if (Is(ref reader, "N"u8)) attempts = Number(ref reader);
            else if (Is(ref reader, "C"u8)) choices = Choices(ref reader);
            else if (Is(ref reader, "S"u8)) negative = Number(ref reader);
            else if (Is(ref reader, "L"u8)) locale = String(ref reader, LocaleTags);
            else if (Is(ref reader, "I"u8)) last = IntentName(ref reader);
            else
            {
                Advance(ref reader);
                reader.Skip();
            }
        }
        if (version != SessionStateCodec.CurrentVersion) return null;
        return new SessionState(
            Address: address is null || address.Length <= SessionStateCodec.MaxAddressLength ? address : SessionStateCodec.CapAddress(address).ToString(),
            PendingIntent: pending,
            AddressAttempts: Math.Clamp(attempts ?? 0, 0, 10),
            Choices: choices,
            NegativeTurns: Math.Clamp(negative ?? 0, 0, 10),
            PreferredLocale: Core.LocaleTags.TryParse(locale, out var preferred) ? preferred : null,
            LastIntent: last);
    }

    /// <summary>The first five targets that are not empty; every element is still read, and must be a string or null.</summary>
    private static ImmutableArray<string> Choices(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return [];
        if (reader.TokenType != JsonTokenType.StartArray) throw WrongType();
        ImmutableArray<string>.Builder? kept = null;
        while (true)
        {
            Advance(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray) break;
            var target = String(ref reader, Targets);
            if (string.IsNullOrEmpty(target) || kept?.Count >= SessionStateCodec.MaxChoices) continue;
            (kept ??= ImmutableArray.CreateBuilder<string>(SessionStateCodec.MaxChoices)).Add(target);
        }
        return kept is null ? [] : kept.DrainToImmutable();
    }

    /// <summary>An intent name the bot model knows, as the shared string; any other value reads as none.</summary>
    private static string? IntentName(ref Utf8JsonReader reader) =>
        String(ref reader, Intents) is { } name && IntentNames.All.Contains(name) ? name : null;

    private static string? String(ref Utf8JsonReader reader, Utf8Vocabulary? known = null) => reader.TokenType switch
    {
        JsonTokenType.String when known is not null && !reader.ValueIsEscaped && known.Find(reader.ValueSpan) is { } shared => shared,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw WrongType(),
    };

    /// <summary>An integer that fits an int; null for JSON null. A fraction, an exponent or a quoted number is malformed.</summary>
    private static int? Number(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number when reader.TryGetInt32(out var value) => value,
        JsonTokenType.Null => null,
        _ => throw WrongType(),
    };

    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    private static bool Is(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (!reader.ValueTextEquals(name)) return false;
        Advance(ref reader);
        return true;
    }

    private static void Advance(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw new JsonException("The session state ends in the middle of a value.");
    }

    private static JsonException WrongType() => new("A member of the session state holds another kind of value.");
}
