using Elections.Bots.Alexa.Rendering;
using Elections.Bots.Alexa.Wire;
using Elections.Bots.Cli.Serve.Api;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Cli.Serve.Preview;

/// <summary>The Alexa renderer's response for a reply, as if it answered an IntentRequest from a device in the reply's language.</summary>
internal static class AlexaRendering
{
    public static AlexaPreview Render(DialogReply reply)
    {
        var response = ResponseRenderer.Render(reply, new RenderContext(reply.Locale, IsIntentRequest: true)).Response;
        return new AlexaPreview(
            response?.OutputSpeech?.Ssml ?? response?.OutputSpeech?.Text,
            response?.Reprompt?.OutputSpeech?.Ssml,
            response?.Card is { } card ? new AlexaCardView(card.Type, card.Title, card.Content ?? card.Text) : null,
            response?.ShouldEndSession ?? false);
    }
}
