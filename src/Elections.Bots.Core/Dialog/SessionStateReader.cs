using System.Text.Json;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Json;

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
        JsonTokens.Advance(ref reader);
        var state = JsonTokens.StartObject(ref reader) ? Members(ref reader) : null;
        if (reader.Read()) throw new JsonException("Content follows the session state.");
        return state;
    }

    private static SessionState? Members(ref Utf8JsonReader reader)
    {
        var version = 0;
        string? address = null, pending = null, locale = null, last = null;
        int? attempts = null, negative = null;
        ImmutableArray<string> choices = [];
        while (JsonTokens.NextProperty(ref reader))
        {
            if (JsonTokens.Is(ref reader, "V"u8)) version = JsonTokens.Int32(ref reader) ?? throw JsonTokens.WrongType("an integer");
            else if (JsonTokens.Is(ref reader, "A"u8)) address = JsonTokens.String(ref reader);
            else if (JsonTokens.Is(ref reader, "P"u8)) pending = IntentName(ref reader);
            else if (JsonTokens.Is(ref reader, "N"u8)) attempts = JsonTokens.Int32(ref reader);
            else if (JsonTokens.Is(ref reader, "C"u8)) choices = Choices(ref reader);
            else if (JsonTokens.Is(ref reader, "S"u8)) negative = JsonTokens.Int32(ref reader);
            else if (JsonTokens.Is(ref reader, "L"u8)) locale = JsonTokens.String(ref reader, LocaleTags);
            else if (JsonTokens.Is(ref reader, "I"u8)) last = IntentName(ref reader);
            else JsonTokens.SkipProperty(ref reader);
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
        if (!JsonTokens.StartArray(ref reader)) return [];
        ImmutableArray<string>.Builder? kept = null;
        while (JsonTokens.NextElement(ref reader))
        {
            var target = JsonTokens.String(ref reader, Targets);
            if (string.IsNullOrEmpty(target) || kept?.Count >= SessionStateCodec.MaxChoices) continue;
            (kept ??= ImmutableArray.CreateBuilder<string>(SessionStateCodec.MaxChoices)).Add(target);
        }
        return kept is null ? [] : kept.DrainToImmutable();
    }

    /// <summary>An intent name the bot model knows, as the shared string; any other value reads as none.</summary>
    private static string? IntentName(ref Utf8JsonReader reader) =>
        JsonTokens.String(ref reader, Intents) is { } name && IntentNames.All.Contains(name) ? name : null;
}
