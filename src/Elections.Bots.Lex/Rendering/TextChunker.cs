namespace Elections.Bots.Lex.Rendering;

/// <summary>Cuts text into pieces a Lex message can hold, at a sentence end when there is one, else at a space.</summary>
public static class TextChunker
{
    public static void Split(string? text, int maxLength, List<string> into)
    {
        var rest = text.AsSpan().Trim();
        while (rest.Length > maxLength)
        {
            var cut = CutPoint(rest, maxLength);
            var piece = rest[..cut].TrimEnd();
            if (!piece.IsEmpty) into.Add(piece.ToString());
            rest = rest[cut..].TrimStart();
        }
        if (!rest.IsEmpty) into.Add(rest.ToString());
    }

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
