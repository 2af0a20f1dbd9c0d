namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// The suggestions a voter can pick by number. Only suggestions whose value is a single digit qualify: that digit
/// is what the keypad or a typed reply sends back, and the engine resolves it against the choices it stored.
/// </summary>
public static class ReplyChoices
{
    public static IEnumerable<Suggestion> Numbered(DialogReply reply) =>
        reply.Suggestions.IsDefaultOrEmpty
            ? []
            : reply.Suggestions.Take(LexLimits.MaxButtons)
                .Where(s => s.Value is [>= '1' and <= '9'] && !string.IsNullOrWhiteSpace(s.Label));

    /// <summary>"1. Polling place" lines for text channels without buttons.</summary>
    public static string? AsLines(DialogReply reply, string separator)
    {
        string? lines = null;
        foreach (var choice in Numbered(reply))
        {
            var line = $"{choice.Value}. {choice.Label.Trim()}";
            lines = lines is null ? line : string.Concat(lines, separator, line);
        }
        return lines;
    }

    /// <summary>The full text with any link the text does not already show, for screens.</summary>
    public static string TextWithLinks(DialogReply reply)
    {
        var text = reply.Text ?? string.Empty;
        if (reply.Links.IsDefaultOrEmpty) return text;
        foreach (var link in reply.Links)
        {
            if (string.IsNullOrWhiteSpace(link.Uri) || text.Contains(link.Uri, StringComparison.Ordinal)) continue;
            text = string.IsNullOrWhiteSpace(link.Title)
                ? string.Concat(text, "\n", link.Uri)
                : string.Concat(text, "\n", link.Title, ": ", link.Uri);
        }
        return text;
    }
}
