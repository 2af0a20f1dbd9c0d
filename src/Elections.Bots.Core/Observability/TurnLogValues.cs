using System.Text.Json;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Core.Observability;

/// <summary>
/// The values the turn log writes for enums and intents, pre-encoded so a line costs no string building, and
/// the guard that keeps anything but an id out of the id fields.
/// </summary>
public static class TurnLogValues
{
    /// <summary>Longest id the log accepts; dataset versions are at most 64 characters, FAQ ids shorter.</summary>
    public const int MaxIdLength = 64;

    /// <summary>Written instead of an id that is not one (spaces, @, anything free text needs).</summary>
    public const string NotAnId = "invalid";

    private static readonly JsonEncodedText[] Channels =
        [.. Enum.GetValues<Channel>().Select(c => JsonEncodedText.Encode(ChannelName(c)))];

    private static readonly JsonEncodedText[] Outcomes =
        [.. Enum.GetValues<TurnOutcome>().Select(o => JsonEncodedText.Encode(OutcomeName(o)))];

    private static readonly JsonEncodedText[] Locales =
        [.. Enum.GetValues<Locale>().Select(l => JsonEncodedText.Encode(l.ToTag()))];

    private static readonly JsonEncodedText[] Caches = [default, JsonEncodedText.Encode("hit"), JsonEncodedText.Encode("miss")];

    private static readonly FrozenDictionary<string, JsonEncodedText> Intents =
        IntentNames.All.Append(EmfDirectives.OtherIntent).ToFrozenDictionary(i => i, i => JsonEncodedText.Encode(i), StringComparer.Ordinal);

    /// <summary>"web", "sms", "connect-voice", "connect-chat", "dtmf", "alexa".</summary>
    public static string ChannelName(Channel channel) => channel switch
    {
        Channel.Web => "web",
        Channel.Sms => "sms",
        Channel.ConnectVoice => "connect-voice",
        Channel.ConnectChat => "connect-chat",
        Channel.Dtmf => "dtmf",
        Channel.Alexa => "alexa",
        _ => "other",
    };

    public static bool TryParseChannel(string? name, out Channel channel)
    {
        foreach (var candidate in Enum.GetValues<Channel>())
        {
            if (string.Equals(ChannelName(candidate), name, StringComparison.Ordinal))
            {
                channel = candidate;
                return true;
            }
        }
        channel = default;
        return false;
    }

    /// <summary>"answered", "elicited", "fallback", "handed-off", "ended", "refused", "error".</summary>
    public static string OutcomeName(TurnOutcome outcome) => outcome switch
    {
        TurnOutcome.Answered => "answered",
        TurnOutcome.Elicited => "elicited",
        TurnOutcome.Fallback => "fallback",
        TurnOutcome.HandedOff => "handed-off",
        TurnOutcome.Ended => "ended",
        TurnOutcome.Refused => "refused",
        _ => "error",
    };

    /// <summary>The intent's own name when it is one of the bot's, else <see cref="EmfDirectives.OtherIntent"/>.</summary>
    public static string KnownIntent(string? intent) =>
        intent is not null && Intents.ContainsKey(intent) ? intent : EmfDirectives.OtherIntent;

    internal static JsonEncodedText Encoded(Channel channel) => Channels[(int)channel];
    internal static JsonEncodedText Encoded(TurnOutcome outcome) => Outcomes[(int)outcome];
    internal static JsonEncodedText Encoded(Locale locale) => Locales[(int)locale];
    internal static JsonEncodedText Encoded(CacheUse cache) => Caches[(int)cache];
    internal static JsonEncodedText EncodedIntent(string intent) => Intents.GetValueOrDefault(intent, Intents[EmfDirectives.OtherIntent]);

    /// <summary>
    /// An id as the log may carry it: letters, digits and <c>. _ : + # / -</c>, at most <see cref="MaxIdLength"/>.
    /// A trace field that ever held text by mistake is written as <see cref="NotAnId"/>, never as the text.
    /// </summary>
    public static bool IsId(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value.Length > MaxIdLength) return false;
        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '+' or '#' or '/' or '-')) return false;
        }
        return true;
    }
}
