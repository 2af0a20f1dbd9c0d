using System.Runtime.CompilerServices;

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
        var lines = new DefaultInterpolatedStringHandler(0, 0);
        if (AppendLines(ref lines, reply, separator)) return lines.ToStringAndClear();
        lines.Clear();
        return null;
    }

    /// <summary>Appends the lines, <paramref name="before"/> the first one; false when there are none.</summary>
    public static bool AppendLines(ref DefaultInterpolatedStringHandler text, DialogReply reply, string separator, string before = "")
    {
        var any = false;
        for (var i = 0; i < Count(reply); i++)
        {
            if (Label(reply, i) is not { } label) continue;
            text.AppendLiteral(any ? separator : before);
            text.AppendLiteral(Number(i));
            text.AppendLiteral(". ");
            text.AppendLiteral(label);
            any = true;
        }
        return any;
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
