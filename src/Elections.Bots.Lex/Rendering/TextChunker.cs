namespace Elections.Bots.Lex.Rendering;

/// <summary>Where to cut text that is too long for one message: at a sentence end when there is one, else at a space.</summary>
public static class TextChunker
{
    /// <summary>The longest prefix of at most <paramref name="maxLength"/> characters that ends well.</summary>
    public static int CutPoint(ReadOnlySpan<char> text, int maxLength)
    {
        if (text.Length <= maxLength) return text.Length;
        var window = text[..maxLength];
        var sentence = window.LastIndexOfAny(".?!\n");
        if (sentence >= maxLength / 2) return sentence + 1;
        var space = window.LastIndexOf(' ');
        if (space > 0) return space;
        return char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
    }

    public static string Clip(string text, int maxLength) =>
        text.Length <= maxLength ? text : text[..CutPoint(text, maxLength)].TrimEnd();
}
