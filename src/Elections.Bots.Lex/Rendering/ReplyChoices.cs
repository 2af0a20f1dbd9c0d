namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// The follow-ups a voter can pick by number. The engine stores one choice per suggestion, in the same order, and
/// resolves a lone digit against them; so suggestion N is "press N" on the phone and "reply N" in a text.
/// </summary>
public static class ReplyChoices
{
    private static readonly string[] Numbers = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];

    /// <summary>How many suggestions can be picked by number: each needs its choice in the session, and five at most.</summary>
    public static int Count(DialogReply reply) =>
        reply.Suggestions.IsDefaultOrEmpty ? 0 : Math.Min(Math.Min(reply.Suggestions.Length, reply.Session.Choices.Length), LexLimits.MaxButtons);

    /// <summary>The label of choice <paramref name="index"/>; null when it has none, and its number is not offered.</summary>
    public static string? Label(DialogReply reply, int index) =>
        reply.Suggestions[index].Label?.Trim() is { Length: > 0 } label ? label : null;

    public static string Number(int index) => index < Numbers.Length ? Numbers[index] : ((char)('1' + index)).ToString();

    /// <summary>"1. Where do I vote?" lines for text channels without buttons; null when there are none.</summary>
    public static string? AsLines(DialogReply reply, string separator)
    {
        var count = Count(reply);
        var length = 0;
        for (var i = 0; i < count; i++)
        {
            if (Label(reply, i) is { } label) length += (length == 0 ? 0 : separator.Length) + Number(i).Length + 2 + label.Length;
        }
        if (length == 0) return null;
        return string.Create(length, (reply, separator, count), static (lines, state) =>
        {
            var (reply, separator, count) = state;
            var at = 0;
            for (var i = 0; i < count; i++)
            {
                if (Label(reply, i) is not { } label) continue;
                if (at > 0) Write(lines, ref at, separator);
                Write(lines, ref at, Number(i));
                Write(lines, ref at, ". ");
                Write(lines, ref at, label);
            }
        });
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

    private static void Write(Span<char> lines, ref int at, string text)
    {
        text.CopyTo(lines[at..]);
        at += text.Length;
    }
}
