using System.Text;

namespace Elections.Bots.Alexa.Rendering;

/// <summary>
/// Text inside SSML: the five XML specials become entities (as Alexa's SSML reference asks), and characters
/// XML cannot hold at all (control characters, broken surrogate pairs) are dropped so the document always parses.
/// </summary>
public static class SsmlText
{
    public static int EscapedLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++) length += CharLength(text, ref i);
        return length;
    }

    /// <summary>How many characters of <paramref name="text"/> fit in <paramref name="room"/> once escaped, cut after a whole word when there is one.</summary>
    public static int FitAtWord(ReadOnlySpan<char> text, int room)
    {
        var used = 0;
        var lastSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var start = i;
            used += CharLength(text, ref i);
            if (used > room) return lastSpace > 0 ? lastSpace : start;
            if (text[start] == ' ') lastSpace = start;
        }
        return text.Length;
    }

    public static void AppendEscaped(StringBuilder ssml, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(ssml);
        var clean = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('&' or '<' or '>' or '"' or '\'') && !char.IsSurrogate(c) && IsXmlChar(c)) continue;
            ssml.Append(text[clean..i]);
            clean = i + 1;
            switch (c)
            {
                case '&': ssml.Append("&amp;"); break;
                case '<': ssml.Append("&lt;"); break;
                case '>': ssml.Append("&gt;"); break;
                case '"': ssml.Append("&quot;"); break;
                case '\'': ssml.Append("&apos;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        ssml.Append(c).Append(text[i + 1]);
                        i++;
                        clean = i + 1;
                    }
                    else if (!char.IsSurrogate(c))
                    {
                        ssml.Append(' ');
                    }
                    break;
            }
        }
        ssml.Append(text[clean..]);
    }

    private static int CharLength(ReadOnlySpan<char> text, ref int i)
    {
        var c = text[i];
        switch (c)
        {
            case '&': return 5;
            case '<' or '>': return 4;
            case '"' or '\'': return 6;
        }
        // Any other character is written as itself, or as one space when XML cannot hold it.
        if (!char.IsSurrogate(c)) return 1;
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            i++;
            return 2;
        }
        return 0;
    }

    private static bool IsXmlChar(char c) => c >= 0x20 ? c < 0xFFFE : c is '\t' or '\n' or '\r';
}
