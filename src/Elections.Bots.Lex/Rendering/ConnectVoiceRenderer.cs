using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// Amazon Connect voice and keypad: SSML built from the engine's speech parts (dates and phone numbers as
/// <c>say-as</c>, pauses as breaks), then the numbered choices as "press N". Long speech is split into several
/// <c>&lt;speak&gt;</c> messages at part boundaries, each within the 1,024-character limit.
/// </summary>
public static class ConnectVoiceRenderer
{
    private const string Pause = "<break time=\"300ms\"/>";

    public static void Render(DialogReply reply, List<LexMessage> messages)
    {
        using var ssml = new SsmlBuilder(messages);
        if (reply.Speech.IsDefaultOrEmpty) ssml.AppendText(reply.Text);
        foreach (var part in reply.Speech.IsDefault ? [] : reply.Speech)
        {
            switch (part.Kind)
            {
                case SpeechKind.Date when SpokenDate.TryParse(part, reply.Locale, out var weekday, out var digits):
                    ssml.AppendText(weekday);
                    ssml.AppendMarkup($"<say-as interpret-as=\"date\" format=\"yyyymmdd\">{digits}</say-as>");
                    break;
                case SpeechKind.Telephone when PhoneDigits(part.Value) is { } phone:
                    ssml.AppendMarkup($"<say-as interpret-as=\"telephone\">{phone}</say-as>");
                    break;
                case SpeechKind.Pause:
                    ssml.AppendMarkup(Pause);
                    break;
                default:
                    ssml.AppendText(part.Text);
                    break;
            }
        }
        foreach (var (number, label) in ReplyChoices.Numbered(reply))
        {
            ssml.AppendMarkup(Pause);
            ssml.AppendText(LexPhrases.PressChoice(reply.Locale, label.Trim('¿', '?', '¡', '!', '.'), number));
        }
        ssml.Flush();
    }

    private static string? PhoneDigits(string? value) =>
        value is { Length: >= 3 and <= 20 } && value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 ? value : null;
}
