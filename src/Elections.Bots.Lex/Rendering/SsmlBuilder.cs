using System.Buffers;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// Accumulates one message of SSML in a pooled buffer (a message never exceeds the budget, so one buffer
/// serves) and starts a new message when the next piece would not fit. Text is escaped as it is copied.
/// </summary>
internal sealed class SsmlBuilder(List<LexMessage> messages) : IDisposable
{
    private const string Open = "<speak>";
    private const string Close = "</speak>";
    private const int Budget = LexLimits.MaxContentLength - 15; // "<speak></speak>"

    /// <summary>Less room than this left in a message: start the next one rather than leave a stub.</summary>
    private const int MinPiece = 80;

    private char[] _buffer = ArrayPool<char>.Shared.Rent(Budget);
    private int _length;

    public void AppendMarkup(ReadOnlySpan<char> markup)
    {
        if (_length + markup.Length > Budget) Flush();
        markup.CopyTo(_buffer.AsSpan(_length));
        _length += markup.Length;
    }

    /// <summary>Appends words as the engine spaced them: its parts carry their own spaces around dates and numbers.</summary>
    public void AppendText(ReadOnlySpan<char> text) => AppendText(text, string.Empty, string.Empty);

    /// <summary>
    /// Words inside an element such as <c>lang</c>: when they spill into the next message, each message gets its
    /// piece wrapped whole, so every message stays well-formed on its own.
    /// </summary>
    public void AppendText(ReadOnlySpan<char> text, string open, string close)
    {
        var rest = text;
        while (!rest.IsEmpty)
        {
            var fit = RawCharsThatFit(rest, Budget - _length - open.Length - close.Length);
            if (fit == rest.Length)
            {
                Write(open, rest, close);
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
            Write(open, rest[..cut], close);
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

    private void Write(string open, ReadOnlySpan<char> text, string close)
    {
        open.CopyTo(_buffer.AsSpan(_length));
        _length += open.Length;
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
        close.CopyTo(_buffer.AsSpan(_length));
        _length += close.Length;
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
