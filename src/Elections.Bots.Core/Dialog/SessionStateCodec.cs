using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Elections.Bots.Core.Dialog;

/// <summary>
/// Writes <see cref="SessionState"/> as one compact, versioned string for channel session attributes (Lex
/// allows strings only; Alexa takes the same string). Anything unreadable — an older version, a tampered or
/// truncated value — decodes to a fresh conversation rather than an error.
/// </summary>
/// <remarks>
/// The string is a JSON object with one-letter members, nulls and zeros left out: <c>V</c> the format version,
/// <c>A</c> the address (≤ 300 characters), <c>P</c> the pending intent, <c>N</c> address attempts, <c>C</c> up to
/// five choice targets, <c>S</c> negative turns, <c>L</c> the preferred locale tag, <c>I</c> the last intent.
/// Every turn reads and writes it, so both are done by hand (<see cref="SessionStateWriter"/>,
/// <see cref="SessionStateReader"/>) with System.Text.Json's rules, which a test holds them to.
/// </remarks>
public static class SessionStateCodec
{
    /// <summary>The session attribute both channels store the state under.</summary>
    public const string AttributeName = "eb";

    internal const int CurrentVersion = 1;

    /// <summary>Lex's limit for all session attributes is 12 KB; one address and five choices stay far below this cap.</summary>
    public const int MaxEncodedLength = 4096;

    internal const int MaxAddressLength = 300;
    internal const int MaxChoices = 5;

    /// <summary>The address cut to <see cref="MaxAddressLength"/>, never between the two halves of an emoji.</summary>
    internal static ReadOnlySpan<char> CapAddress(string address)
    {
        if (address.Length <= MaxAddressLength) return address;
        return address.AsSpan(0, char.IsHighSurrogate(address[MaxAddressLength - 1]) ? MaxAddressLength - 1 : MaxAddressLength);
    }

    public static string Encode(SessionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return SessionStateWriter.Write(state);
    }

    public static SessionState Decode(string? encoded)
    {
        if (string.IsNullOrWhiteSpace(encoded) || encoded.Length > MaxEncodedLength) return SessionState.New;
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(encoded.Length));
        try
        {
            // Text that is not valid UTF-16 cannot be what we wrote: a fresh conversation, like any other tampering.
            if (System.Text.Unicode.Utf8.FromUtf16(encoded, utf8, out _, out var length, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                return SessionState.New;
            }
            return SessionStateReader.Read(utf8.AsSpan(0, length)) ?? SessionState.New;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: an escaped lone surrogate ("\ud800"), which no string can hold.
            return SessionState.New;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }
}
