using Elections.Bots.Cli.Serve.Api;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Lex.Rendering;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Cli.Serve.Preview;

/// <summary>
/// One reply through each channel's real renderer: the Lex renderers for web, SMS and Connect voice, the Alexa
/// renderer for speech and card. Nothing is re-worded here, so the previews show exactly what voters would get.
/// </summary>
internal static class ReplyRenderings
{
    public const string Gsm7 = "GSM-7";
    public const string Ucs2 = "UCS-2";

    public static ChannelRenderings Render(DialogReply reply) => new(
        Web(LexResponseRenderer.Messages(Channel.Web, reply)),
        Sms(LexResponseRenderer.Messages(Channel.Sms, reply)),
        AlexaRendering.Render(reply),
        new VoicePreview(Contents(LexResponseRenderer.Messages(Channel.ConnectVoice, reply))));

    private static WebPreview Web(List<LexMessage> messages)
    {
        var card = messages.Select(m => m.ImageResponseCard).FirstOrDefault(c => c is not null);
        return new WebPreview(
            Contents(messages),
            card is null ? null : new WebCard(card.Title, card.Subtitle, card.Buttons ?? []));
    }

    private static SmsPreview Sms(List<LexMessage> messages)
    {
        // The SMS renderer sends one message; joined the way a phone would show several.
        var text = string.Join("\n", Contents(messages));
        return new SmsPreview(text, SmsSegments.Count(text), SmsSegments.IsGsm7(text) ? Gsm7 : Ucs2, text.Length);
    }

    private static string[] Contents(List<LexMessage> messages) =>
        [.. messages.Where(m => m.ContentType is LexContentTypes.PlainText or LexContentTypes.Ssml && m.Content is not null).Select(m => m.Content!)];
}
