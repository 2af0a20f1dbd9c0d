using System.Buffers;
using System.Text;

namespace Elections.Bots.Alexa.Rendering;

/// <summary>
/// Text inside SSML: the five XML specials become entities (as Alexa's SSML reference asks), and characters
/// XML cannot hold at all (control characters, broken surrogate pairs) are dropped or become a space, so the
/// document always parses. Clean runs are found with a vectorized search and copied whole.
/// </summary>
public static class SsmlText
{
    /// <summary>Everything that is not copied as is: XML specials, C0 controls, surrogates, U+FFFE and U+FFFF.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(BuildSpecials());

    public static int EscapedLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (true)
        {
            var next = text.IndexOfAny(Special);
            if (next < 0) return length + text.Length;
            length += next + SpecialLength(text, next, out var consumed);
            text = text[(next + consumed)..];
        }
    }

    /// <summary>How many characters of <paramref name="text"/> fit in <paramref name="room"/> once escaped, cut after a whole word when there is one.</summary>
    public static int FitAtWord(ReadOnlySpan<char> text, int room)
    {
        var used = 0;
        var lastSpace = -1;
        for (var i = 0; i < text.Length;)
        {
            var consumed = 1;
            used += Special.Contains(text[i]) ? SpecialLength(text, i, out consumed) : 1;
            if (used > room) return lastSpace > 0 ? lastSpace : i;
            if (text[i] == ' ') lastSpace = i;
            i += consumed;
        }
        return text.Length;
    }

    public static void AppendEscaped(StringBuilder ssml, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(ssml);
        while (true)
        {
            var next = text.IndexOfAny(Special);
            if (next < 0)
            {
                ssml.Append(text);
                return;
            }
            ssml.Append(text[..next]);
            var c = text[next];
            var consumed = 1;
            switch (c)
            {
                case '&': ssml.Append("&amp;"); break;
                case '<': ssml.Append("&lt;"); break;
                case '>': ssml.Append("&gt;"); break;
                case '"': ssml.Append("&quot;"); break;
                case '\'': ssml.Append("&apos;"); break;
                case '\t' or '\n' or '\r': ssml.Append(c); break;
                default:
                    if (IsPair(text, next))
                    {
                        ssml.Append(text.Slice(next, 2));
                        consumed = 2;
                    }
                    else if (!char.IsSurrogate(c))
                    {
                        ssml.Append(' ');
                    }
                    break;
            }
            text = text[(next + consumed)..];
        }
    }

    /// <summary>The escaped length of the special character at <paramref name="at"/>, and how many characters it spans.</summary>
    private static int SpecialLength(ReadOnlySpan<char> text, int at, out int consumed)
    {
        consumed = 1;
        switch (text[at])
        {
            case '&': return 5;
            case '<' or '>': return 4;
            case '"' or '\'': return 6;
        }
        if (IsPair(text, at))
        {
            consumed = 2;
            return 2;
        }
        // A lone surrogate is dropped; any other character XML cannot hold becomes one space.
        return char.IsSurrogate(text[at]) ? 0 : 1;
    }

    private static bool IsPair(ReadOnlySpan<char> text, int at) =>
        char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]);

    private static string BuildSpecials()
    {
        var specials = new StringBuilder("&<>\"'\uFFFE\uFFFF");
        for (var c = '\0'; c < ' '; c++) specials.Append(c);
        for (var c = '\uD800'; c <= '\uDFFF'; c++) specials.Append(c);
        return specials.ToString();
    }
}
