namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// The follow-ups a voter can pick by number. The engine stores one choice per suggestion, in the same order, and
/// resolves a lone digit against them; so suggestion N is "press N" on the phone and "reply N" in a text.
/// </summary>
public static class ReplyChoices
{
    public static IEnumerable<(string Number, string Label)> Numbered(DialogReply reply)
    {
        if (reply.Suggestions.IsDefaultOrEmpty) yield break;
        var count = Math.Min(Math.Min(reply.Suggestions.Length, reply.Session.Choices.Length), LexLimits.MaxButtons);
        for (var i = 0; i < count; i++)
        {
            var label = reply.Suggestions[i].Label?.Trim();
            if (!string.IsNullOrEmpty(label)) yield return (Number(i), label);
        }
    }

    public static string Number(int index) => ((char)('1' + index)).ToString();

    /// <summary>"1. Where do I vote?" lines for text channels without buttons.</summary>
    public static string? AsLines(DialogReply reply, string separator)
    {
        var lines = string.Join(separator, Numbered(reply).Select(choice => string.Concat(choice.Number, ". ", choice.Label)));
        return lines.Length == 0 ? null : lines;
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
