using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Rendering;

public static class PlainTextMessages
{
    /// <summary>Adds <paramref name="text"/> as PlainText messages of at most 1,024 characters, leaving <paramref name="reserve"/> message slots free.</summary>
    public static void Add(List<LexMessage> messages, string? text, int reserve = 0)
    {
        var pieces = new List<string>(2);
        TextChunker.Split(Clean(text), LexLimits.MaxContentLength, pieces);
        foreach (var piece in pieces)
        {
            if (messages.Count >= LexLimits.MaxMessages - reserve) return;
            messages.Add(new LexMessage { ContentType = LexContentTypes.PlainText, Content = piece });
        }
    }

    /// <summary>Drops control characters other than line breaks and tabs: they render as boxes or break SSML.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001f') && !text.Contains('\u007f', StringComparison.Ordinal)) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsControl(c) && c is not ('\n' or '\t') ? ' ' : c;
            }
        });
    }
}
