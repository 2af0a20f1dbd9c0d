using System.Text;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// Amazon Connect voice and keypad: SSML built from the engine's speech parts (dates and phone numbers as
/// <c>say-as</c>, pauses as breaks), then the numbered choices as "press N". Long speech is split into several
/// <c>&lt;speak&gt;</c> messages at part boundaries, each within the 1,024-character limit.
/// </summary>
public static class ConnectVoiceRenderer
{
    private const string Open = "<speak>";
    private const string Close = "</speak>";
    private const string ChoiceBreak = "<break time=\"300ms\"/>";
    private const int Budget = LexLimits.MaxContentLength - 15; // "<speak></speak>"
    private const int MinPiece = 80;

    public static void Render(DialogReply reply, List<LexMessage> messages)
    {
        var ssml = new SsmlBuilder(messages);
        if (reply.Speech.IsDefaultOrEmpty) ssml.AppendText(reply.Text);
        foreach (var part in reply.Speech.IsDefault ? [] : reply.Speech)
        {
            switch (part.Kind)
            {
                case SpeechKind.Date when SpokenDate.TryParse(part, reply.Locale, out var weekday, out var digits):
                    ssml.AppendText(weekday);
                    ssml.AppendMarkup($"<say-as interpret-as=\"date\" format=\"yyyymmdd\">{digits}</say-as>");
                    break;
                case SpeechKind.Telephone when PhoneDigits(part.Value) is { } phone:
                    ssml.AppendMarkup($"<say-as interpret-as=\"telephone\">{phone}</say-as>");
                    break;
                case SpeechKind.Pause:
                    ssml.AppendMarkup(ChoiceBreak);
                    break;
                default:
                    ssml.AppendText(part.Text);
                    break;
            }
        }
        foreach (var (number, label) in ReplyChoices.Numbered(reply))
        {
            ssml.AppendMarkup(ChoiceBreak);
            ssml.AppendText(LexPhrases.PressChoice(reply.Locale, label.TrimEnd('?', '.', '!'), number));
        }
        ssml.Flush();
    }

    private static string? PhoneDigits(string? value) =>
        value is { Length: >= 3 and <= 20 } && value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 ? value : null;

    /// <summary>Accumulates SSML and starts a new message when the next piece would not fit.</summary>
    private sealed class SsmlBuilder(List<LexMessage> messages)
    {
        private readonly StringBuilder _body = new(256);

        public void AppendMarkup(string markup)
        {
            if (_body.Length + markup.Length > Budget) Flush();
            _body.Append(markup);
        }

        /// <summary>Appends words as the engine spaced them: its parts carry their own spaces around dates and numbers.</summary>
        public void AppendText(string? text)
        {
            var rest = Escape(PlainTextMessages.Clean(text)).AsSpan();
            while (_body.Length + rest.Length > Budget)
            {
                // Too long for what is left of this message: start a new one rather than leave a stub.
                var room = Budget - _body.Length;
                if (_body.Length > 0 && room < MinPiece)
                {
                    Flush();
                    continue;
                }
                var cut = SafeCut(rest, room);
                _body.Append(rest[..cut]);
                Flush();
                rest = rest[cut..].TrimStart();
            }
            _body.Append(rest);
        }

        public void Flush()
        {
            var content = _body.ToString().Trim();
            _body.Clear();
            if (content.Length == 0 || messages.Count >= LexLimits.MaxMessages) return;
            messages.Add(new LexMessage { ContentType = LexContentTypes.Ssml, Content = string.Concat(Open, content, Close) });
        }

        /// <summary>A cut that never falls inside an entity such as <c>&amp;amp;</c>.</summary>
        private static int SafeCut(ReadOnlySpan<char> escaped, int room)
        {
            var cut = TextChunker.CutPoint(escaped, room);
            var amp = escaped[..cut].LastIndexOf('&');
            if (amp > 0 && escaped[amp..cut].IndexOf(';') < 0) cut = amp;
            return cut;
        }
    }

    private static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>") < 0) return text;
        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
    }
}
