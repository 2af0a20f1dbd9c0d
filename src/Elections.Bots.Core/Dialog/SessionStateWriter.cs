using System.Text.Json;
using Elections.Bots.Core.Json;

namespace Elections.Bots.Core.Dialog;

/// <summary>
/// Writes the state's JSON (see <see cref="SessionStateCodec"/>) with the default encoder: the bytes JsonSerializer
/// wrote for it, into a per-thread buffer, so only the finished string is allocated.
/// </summary>
internal static class SessionStateWriter
{
    private static readonly JsonEncodedText V = JsonEncodedText.Encode("V");
    private static readonly JsonEncodedText A = JsonEncodedText.Encode("A");
    private static readonly JsonEncodedText P = JsonEncodedText.Encode("P");
    private static readonly JsonEncodedText N = JsonEncodedText.Encode("N");
    private static readonly JsonEncodedText C = JsonEncodedText.Encode("C");
    private static readonly JsonEncodedText S = JsonEncodedText.Encode("S");
    private static readonly JsonEncodedText L = JsonEncodedText.Encode("L");
    private static readonly JsonEncodedText I = JsonEncodedText.Encode("I");

    /// <summary>A state is a few hundred bytes; one grown past 16 KB by some odd address is not kept.</summary>
    private static readonly JsonWriterCache Writers = new(default, initialCapacity: 512, maxCachedBytes: 16 * 1024);

    public static string Write(SessionState state) => Writers.WriteToString(state, WriteState);

    private static void WriteState(Utf8JsonWriter writer, SessionState state)
    {
        writer.WriteStartObject();
        writer.WriteNumber(V, SessionStateCodec.CurrentVersion);
        if (state.Address is { } address) writer.WriteString(A, SessionStateCodec.CapAddress(address));
        if (state.PendingIntent is { } pending) writer.WriteString(P, pending);
        if (state.AddressAttempts != 0) writer.WriteNumber(N, state.AddressAttempts);
        if (!state.Choices.IsDefaultOrEmpty)
        {
            writer.WriteStartArray(C);
            for (var i = 0; i < state.Choices.Length && i < SessionStateCodec.MaxChoices; i++) writer.WriteStringValue(state.Choices[i]);
            writer.WriteEndArray();
        }
        if (state.NegativeTurns != 0) writer.WriteNumber(S, state.NegativeTurns);
        if (state.PreferredLocale is { } locale) writer.WriteString(L, locale.ToTag());
        if (state.LastIntent is { } last) writer.WriteString(I, last);
        writer.WriteEndObject();
    }
}
