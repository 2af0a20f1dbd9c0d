using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Rendering;

public static class PlainTextMessages
{
    /// <summary>Adds <paramref name="text"/> as PlainText messages of at most 1,024 characters, leaving <paramref name="reserve"/> message slots free.</summary>
    public static void Add(List<LexMessage> messages, string? text, int reserve = 0)
    {
        var clean = Clean(text);
        var rest = clean.AsSpan().Trim();
        while (!rest.IsEmpty && messages.Count < LexLimits.MaxMessages - reserve)
        {
            var cut = TextChunker.CutPoint(rest, LexLimits.MaxContentLength);
            var piece = rest[..cut].TrimEnd();
            // The usual case, a reply that fits one message, reuses the reply's own string.
            var content = piece.Length == clean.Length ? clean : piece.ToString();
            if (content.Length > 0) messages.Add(new LexMessage { ContentType = LexContentTypes.PlainText, Content = content });
            rest = rest[cut..].TrimStart();
        }
    }

    /// <summary>Drops control characters other than line breaks and tabs: they render as boxes or break SSML.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001f') && !text.Contains('\u007f', StringComparison.Ordinal)) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = IsUnwanted(source[i]) ? ' ' : source[i];
        });
    }

    public static bool IsUnwanted(char c) => char.IsControl(c) && c is not ('\n' or '\t');
}
