using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// Lex web UI, console, Slack and Facebook: the full text, then the follow-ups as card buttons. A button's value
/// is sent back as the voter's next input, so it is the suggestion's value, not its label.
/// </summary>
public static class WebRenderer
{
    public static void Render(DialogReply reply, List<LexMessage> messages)
    {
        var buttons = Buttons(reply);
        PlainTextMessages.Add(messages, ReplyChoices.TextWithLinks(reply), reserve: buttons is null ? 0 : 1);
        if (buttons is null) return;

        var heading = LexPhrases.CardTitle(reply.Locale);
        var title = string.IsNullOrWhiteSpace(reply.Title) ? heading : TextChunker.Clip(reply.Title.Trim(), LexLimits.MaxCardTitleLength);
        messages.Add(new LexMessage
        {
            ContentType = LexContentTypes.ImageResponseCard,
            ImageResponseCard = new LexImageResponseCard
            {
                Title = title,
                Subtitle = ReferenceEquals(title, heading) ? null : heading,
                Buttons = buttons,
            },
        });
    }

    private static List<LexButton>? Buttons(DialogReply reply)
    {
        if (reply.Suggestions.IsDefaultOrEmpty) return null;
        List<LexButton>? buttons = null;
        foreach (var suggestion in reply.Suggestions)
        {
            if (string.IsNullOrWhiteSpace(suggestion.Label) || string.IsNullOrWhiteSpace(suggestion.Value)) continue;
            // A clipped value would come back as something the engine never offered: skip it instead.
            if (suggestion.Value.Length > LexLimits.MaxButtonTextLength) continue;
            (buttons ??= new List<LexButton>(LexLimits.MaxButtons)).Add(new LexButton(
                TextChunker.Clip(suggestion.Label.Trim(), LexLimits.MaxButtonTextLength), suggestion.Value));
            if (buttons.Count == LexLimits.MaxButtons) break;
        }
        return buttons;
    }
}
