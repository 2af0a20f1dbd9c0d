using Elections.Bots.Alexa.Wire;

namespace Elections.Bots.Alexa.Rendering;

/// <summary>
/// Serializes a response within Alexa's size limit. Older Alexa documentation caps a response at 24 KB (newer
/// text says 120 KB); the older, safer figure is kept. Speech is already within its own 8,000 characters, so
/// the card, which repeats the full text, is what gives way: first shortened, then left out.
/// </summary>
public static class ResponseSizeGuard
{
    public const int MaxResponseBytes = 24 * 1024;

    public static byte[] Write(ResponseEnvelope response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var bytes = AlexaJson.Write(response);
        if (bytes.Length <= MaxResponseBytes || response.Response.Card is not { } card) return bytes;

        // Every character is at least one UTF-8 byte, so removing the overflow in characters (plus room for the
        // ellipsis and escapes) is enough in one step whenever the card body is long enough to give it.
        var overflow = bytes.Length - MaxResponseBytes + 16;
        var body = card.Content ?? card.Text ?? string.Empty;
        if (body.Length > overflow * 2)
        {
            var shorter = CardBuilder.Truncate(body, body.Length - overflow);
            var trimmed = response with
            {
                Response = response.Response with
                {
                    Card = card.Content is null ? card with { Text = shorter } : card with { Content = shorter },
                },
            };
            bytes = AlexaJson.Write(trimmed);
            if (bytes.Length <= MaxResponseBytes) return bytes;
        }
        return AlexaJson.Write(response with { Response = response.Response with { Card = null } });
    }
}
