using System.Text.Json;
using System.Text.Json.Serialization;

namespace Elections.Bots.Core.Dialog;

/// <summary>
/// Writes <see cref="SessionState"/> as one compact, versioned string for channel session attributes (Lex
/// allows strings only; Alexa takes the same string). Anything unreadable — an older version, a tampered or
/// truncated value — decodes to a fresh conversation rather than an error.
/// </summary>
public static class SessionStateCodec
{
    /// <summary>The session attribute both channels store the state under.</summary>
    public const string AttributeName = "eb";

    private const int CurrentVersion = 1;

    /// <summary>Lex's limit for all session attributes is 12 KB; one address and five choices stay far below this cap.</summary>
    public const int MaxEncodedLength = 4096;

    public static string Encode(SessionState state)
    {
        var wire = new SessionStateWire
        {
            V = CurrentVersion,
            A = Truncate(state.Address, 300),
            P = state.PendingIntent,
            N = state.AddressAttempts == 0 ? null : state.AddressAttempts,
            C = state.Choices.IsDefaultOrEmpty ? null : state.Choices.Take(5).ToArray(),
            S = state.NegativeTurns == 0 ? null : state.NegativeTurns,
            L = state.PreferredLocale is { } locale ? locale.ToTag() : null,
            I = state.LastIntent,
        };
        return JsonSerializer.Serialize(wire, SessionStateJsonContext.Default.SessionStateWire);
    }

    public static SessionState Decode(string? encoded)
    {
        if (string.IsNullOrWhiteSpace(encoded) || encoded.Length > MaxEncodedLength) return SessionState.New;
        try
        {
            var wire = JsonSerializer.Deserialize(encoded, SessionStateJsonContext.Default.SessionStateWire);
            if (wire is null || wire.V != CurrentVersion) return SessionState.New;
            return new SessionState(
                Address: Truncate(wire.A, 300),
                PendingIntent: BotModel.IntentNames.All.Contains(wire.P ?? string.Empty) ? wire.P : null,
                AddressAttempts: Math.Clamp(wire.N ?? 0, 0, 10),
                Choices: wire.C is null ? [] : [.. wire.C.Where(c => !string.IsNullOrEmpty(c)).Take(5)],
                NegativeTurns: Math.Clamp(wire.S ?? 0, 0, 10),
                PreferredLocale: LocaleTags.TryParse(wire.L, out var locale) ? locale : null,
                LastIntent: BotModel.IntentNames.All.Contains(wire.I ?? string.Empty) ? wire.I : null);
        }
        catch (JsonException)
        {
            return SessionState.New;
        }
    }

    private static string? Truncate(string? value, int max) =>
        value is null ? null : value.Length <= max ? value : value[..max];
}

/// <summary>Short member names keep the attribute small; <c>V</c> is the format version.</summary>
internal sealed class SessionStateWire
{
    public int V { get; set; }
    public string? A { get; set; }
    public string? P { get; set; }
    public int? N { get; set; }
    public string[]? C { get; set; }
    public int? S { get; set; }
    public string? L { get; set; }
    public string? I { get; set; }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SessionStateWire))]
internal sealed partial class SessionStateJsonContext : JsonSerializerContext;
