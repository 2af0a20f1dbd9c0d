using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Elections.Bots.Core.Dialog;

/// <summary>
/// Writes the state's JSON (see <see cref="SessionStateCodec"/>) into a per-thread buffer with the default
/// encoder, the bytes JsonSerializer wrote for it; only the finished string is allocated.
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

    /// <summary>A state is at most a few KB; a buffer grown past this by some odd one is not kept.</summary>
    private const int MaxCachedBufferBytes = 16 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    public static string Write(SessionState state)
    {
        // Taken, not borrowed: a write that throws never leaves a half-written buffer for the next one.
        var buffer = _buffer ?? new ArrayBufferWriter<byte>(512);
        var writer = _writer ?? new Utf8JsonWriter(buffer);
        _buffer = null;
        _writer = null;
        buffer.ResetWrittenCount();
        writer.Reset(buffer);

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
        writer.Flush();

        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity <= MaxCachedBufferBytes)
        {
            _buffer = buffer;
            _writer = writer;
        }
        return text;
    }
}
