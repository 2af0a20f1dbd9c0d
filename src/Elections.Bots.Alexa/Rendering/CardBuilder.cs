using Elections.Bots.Alexa.DeviceAddress;
using Elections.Bots.Alexa.Wire;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa.Rendering;

/// <summary>
/// Cards carry what voice leaves out: the full text and every link. A Simple card, because the answers have
/// no images; title and body together stay within Alexa's 8,000 characters.
/// </summary>
public static class CardBuilder
{
    public static readonly Card AddressConsent = new()
    {
        Type = Card.AskForPermissionsConsentType,
        Permissions = [DeviceAddressPermissions.FullAddress],
    };

    public static Card? Simple(DialogReply reply, int maxLength = Card.MaxTotalLength)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var title = Truncate(string.IsNullOrWhiteSpace(reply.Title) ? AlexaPhrases.CardTitle(reply.Locale) : reply.Title, 200);
        var content = Content(reply);
        if (content.Length == 0) return null;
        return new Card { Type = Card.SimpleType, Title = title, Content = Truncate(content, maxLength - title.Length) };
    }

    /// <summary>Shortens text to at most <paramref name="max"/> characters, ending with an ellipsis when cut.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max) return text;
        if (max <= 1) return string.Empty;
        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary>The screen text, then each link not already in it on its own line ("Title: https://…").</summary>
    private static string Content(DialogReply reply)
    {
        var text = reply.Text?.Trim() ?? string.Empty;
        if (reply.Links.IsDefaultOrEmpty) return text;
        var length = text.Length;
        foreach (var link in reply.Links)
        {
            if (Shows(link, text)) length += (length > 0 ? 1 : 0) + link.Title.Length + 2 + link.Uri.Length;
        }
        if (length == text.Length) return text;
        return string.Create(length, (text, reply.Links), static (into, state) =>
        {
            state.text.AsSpan().CopyTo(into);
            var at = state.text.Length;
            foreach (var link in state.Links)
            {
                if (!Shows(link, state.text)) continue;
                if (at > 0) into[at++] = '\n';
                link.Title.AsSpan().CopyTo(into[at..]);
                at += link.Title.Length;
                ": ".AsSpan().CopyTo(into[at..]);
                at += 2;
                link.Uri.AsSpan().CopyTo(into[at..]);
                at += link.Uri.Length;
            }
        });
    }

    private static bool Shows(ReplyLink link, string text) =>
        !string.IsNullOrWhiteSpace(link.Uri) && !text.Contains(link.Uri, StringComparison.Ordinal);
}
