using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// Amazon Connect voice and keypad: SSML built from the engine's speech parts (dates and phone numbers as
/// <c>say-as</c>, pauses as breaks, English words in a Spanish answer in <c>lang</c>), then the numbered choices as
/// "press N". Long speech is split into several <c>&lt;speak&gt;</c> messages at part boundaries, each within the
/// 1,024-character limit. Markup and phrases are composed on the stack and copied into the message buffer: only the
/// messages themselves are allocated.
/// </summary>
public static class ConnectVoiceRenderer
{
    private const string Pause = "<break time=\"300ms\"/>";
    private const string DateOpen = "<say-as interpret-as=\"date\" format=\"yyyymmdd\">";
    private const string TelephoneOpen = "<say-as interpret-as=\"telephone\">";
    private const string SayAsClose = "</say-as>";

    // Polly supports <lang> on standard, neural, long-form and generative voices (generative: full sentences
    // only, which a notice is): the Spanish voice then says an untranslated notice with English pronunciation.
    private const string EnglishOpen = "<lang xml:lang=\"en-US\">";
    private const string LangClose = "</lang>";

    /// <summary>Room for the longest say-as element: a 20-digit phone number.</summary>
    private const int MarkupRoom = 64;

    /// <summary>Room for "For {label}, press N." with a label of a usual length; longer ones get a heap buffer.</summary>
    private const int PhraseRoom = 256;

    public static void Render(DialogReply reply, List<LexMessage> messages)
    {
        using var ssml = new SsmlBuilder(messages);
        Span<char> markup = stackalloc char[MarkupRoom];
        Span<char> digits = stackalloc char[SpokenDate.DigitsLength];
        if (reply.Speech.IsDefaultOrEmpty) ssml.AppendText(reply.Text);
        foreach (var part in reply.Speech.IsDefault ? [] : reply.Speech)
        {
            switch (part.Kind)
            {
                case SpeechKind.Date when SpokenDate.TryParse(part, reply.Locale, digits, out var weekday):
                    ssml.AppendText(part.Text.AsSpan(0, weekday));
                    ssml.AppendMarkup(Element(markup, DateOpen, digits));
                    break;
                case SpeechKind.Telephone when PhoneDigits(part.Value) is { } phone:
                    ssml.AppendMarkup(Element(markup, TelephoneOpen, phone));
                    break;
                case SpeechKind.Pause:
                    ssml.AppendMarkup(Pause);
                    break;
                case SpeechKind.English when reply.Locale != Locale.English:
                    ssml.AppendText(part.Text, EnglishOpen, LangClose);
                    break;
                default:
                    ssml.AppendText(part.Text);
                    break;
            }
        }

        Span<char> phrase = stackalloc char[PhraseRoom];
        for (var i = 0; i < ReplyChoices.Count(reply); i++)
        {
            if (ReplyChoices.Label(reply, i) is not { } label) continue;
            var said = label.AsSpan().Trim("¿?¡!.");
            var key = ReplyChoices.Number(i);
            var needed = said.Length + key.Length + LexPhrases.PressChoiceRoom;
            var room = needed <= PhraseRoom ? phrase : new char[needed];
            LexPhrases.TryWritePressChoice(room, reply.Locale, said, key, out var written);
            ssml.AppendMarkup(Pause);
            ssml.AppendText(room[..written]);
        }
        ssml.Flush();
    }

    /// <summary><c>&lt;say-as …&gt;value&lt;/say-as&gt;</c> in <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Element(Span<char> buffer, string open, ReadOnlySpan<char> value)
    {
        open.CopyTo(buffer);
        value.CopyTo(buffer[open.Length..]);
        SayAsClose.CopyTo(buffer[(open.Length + value.Length)..]);
        return buffer[..(open.Length + value.Length + SayAsClose.Length)];
    }

    private static string? PhoneDigits(string? value) =>
        value is { Length: >= 3 and <= 20 } && value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 ? value : null;
}
