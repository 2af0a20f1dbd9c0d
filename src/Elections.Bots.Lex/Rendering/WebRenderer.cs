using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// Lex web UI, console, Slack and Facebook: the full text, then the follow-ups as card buttons. A button's value
/// is sent back as the voter's next input.
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

    /// <summary>
    /// A button sends back the suggestion's own words, which Lex understands; when those are longer than a button
    /// value may be, it sends the choice's number instead, which the engine resolves the same way.
    /// </summary>
    private static List<LexButton>? Buttons(DialogReply reply)
    {
        if (reply.Suggestions.IsDefaultOrEmpty) return null;
        List<LexButton>? buttons = null;
        for (var i = 0; i < reply.Suggestions.Length && i < LexLimits.MaxButtons; i++)
        {
            var suggestion = reply.Suggestions[i];
            var label = suggestion.Label?.Trim();
            if (string.IsNullOrEmpty(label)) continue;
            var value = suggestion.Value?.Trim() is { Length: > 0 and <= LexLimits.MaxButtonTextLength } utterance
                ? utterance
                : i < reply.Session.Choices.Length ? ReplyChoices.Number(i) : null;
            if (value is null) continue;
            (buttons ??= new List<LexButton>(LexLimits.MaxButtons)).Add(
                new LexButton(TextChunker.Clip(label, LexLimits.MaxButtonTextLength), value));
        }
        return buttons;
    }
}
