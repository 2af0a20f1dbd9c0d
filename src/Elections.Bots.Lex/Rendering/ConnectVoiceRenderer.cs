using System.Buffers;
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
        using var ssml = new SsmlBuilder(messages);
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

    /// <summary>
    /// Accumulates one message of SSML in a pooled buffer (a message never exceeds the budget, so one buffer
    /// serves) and starts a new message when the next piece would not fit. Text is escaped as it is copied.
    /// </summary>
    private sealed class SsmlBuilder(List<LexMessage> messages) : IDisposable
    {
        private char[] _buffer = ArrayPool<char>.Shared.Rent(Budget);
        private int _length;

        public void AppendMarkup(string markup)
        {
            if (_length + markup.Length > Budget) Flush();
            markup.CopyTo(_buffer.AsSpan(_length));
            _length += markup.Length;
        }

        /// <summary>Appends words as the engine spaced them: its parts carry their own spaces around dates and numbers.</summary>
        public void AppendText(string? text)
        {
            var rest = text.AsSpan();
            while (!rest.IsEmpty)
            {
                var fit = RawCharsThatFit(rest, Budget - _length);
                if (fit == rest.Length)
                {
                    Write(rest);
                    return;
                }
                // Too long for what is left of this message: start a new one rather than leave a stub.
                if (_length > 0 && fit < MinPiece)
                {
                    Flush();
                    continue;
                }
                // Cut the raw text, never its escaped form, so an entity is never split.
                var cut = TextChunker.CutPoint(rest, fit);
                Write(rest[..cut]);
                Flush();
                rest = rest[cut..].TrimStart();
            }
        }

        public void Flush()
        {
            var content = _buffer.AsSpan(0, _length).Trim();
            _length = 0;
            if (content.IsEmpty || messages.Count >= LexLimits.MaxMessages) return;
            messages.Add(new LexMessage { ContentType = LexContentTypes.Ssml, Content = string.Concat(Open, content, Close) });
        }

        public void Dispose()
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
        }

        private void Write(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                var escaped = Escaped(c);
                if (escaped is null) _buffer[_length++] = PlainTextMessages.IsUnwanted(c) ? ' ' : c;
                else
                {
                    escaped.CopyTo(_buffer.AsSpan(_length));
                    _length += escaped.Length;
                }
            }
        }

        private static int RawCharsThatFit(ReadOnlySpan<char> text, int room)
        {
            var used = 0;
            for (var i = 0; i < text.Length; i++)
            {
                used += Escaped(text[i])?.Length ?? 1;
                if (used > room) return i;
            }
            return text.Length;
        }

        private static string? Escaped(char c) => c switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            _ => null,
        };
    }
}
