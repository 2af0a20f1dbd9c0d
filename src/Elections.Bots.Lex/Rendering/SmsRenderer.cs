using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// Text messages (Twilio through Lex, or Pinpoint with the channel hint): one PlainText message of at most two
/// segments, no cards. The engine's short answer when it has one, otherwise the full answer shortened, with the
/// link that says the rest. Numbered choices are added only when they still fit.
/// </summary>
public static class SmsRenderer
{
    public const int MaxSegments = 2;

    /// <summary>Two GSM-7 segments: 2 × 153 septets.</summary>
    private const int Gsm7Budget = MaxSegments * 153;

    private const string Ellipsis = "...";

    public static void Render(DialogReply reply, List<LexMessage> messages)
    {
        var body = PlainTextMessages.Clean(string.IsNullOrWhiteSpace(reply.ShortText) ? reply.Text : reply.ShortText).Trim();
        var link = FirstLinkNotIn(reply, body);
        var text = Fit(body, link, reply);
        if (text.Length > 0) messages.Add(new LexMessage { ContentType = LexContentTypes.PlainText, Content = text });
    }

    public static string Fit(string body, string? link, DialogReply reply)
    {
        if (FitWhole(body, link, reply) is { } fitted) return fitted;
        var gsm = Gsm7Transliterator.Transliterate(body);
        if (!ReferenceEquals(gsm, body) && FitWhole(gsm, link, reply) is { } spelled) return spelled;
        return Shorten(gsm, link is not null && Fits(link) ? link : null);
    }

    /// <summary>The whole body with the link, plus the choices when they fit too; null when the body and link do not.</summary>
    private static string? FitWhole(string body, string? link, DialogReply reply)
    {
        var plain = link is null ? body : string.Concat(body, " ", link);
        if (!Fits(plain)) return null;
        return ReplyChoices.AsLines(reply, "\n") is { } choices && string.Concat(plain, "\n", choices) is var full && Fits(full) ? full : plain;
    }

    private static bool Fits(string text) => SmsSegments.Count(text) <= MaxSegments;

    /// <summary>Cuts the body at a sentence or word end so body, ellipsis and link fit two segments.</summary>
    private static string Shorten(string body, string? link)
    {
        var tail = link is null ? Ellipsis : string.Concat(Ellipsis, " ", link);
        // Characters outside GSM-7 (an emoji, another script) force UCS-2: 2 × 67 units.
        var budget = (IsGsm7(body, tail) ? Gsm7Budget : MaxSegments * 67) - tail.Length;
        while (budget > 0)
        {
            var cut = TextChunker.CutPoint(body, budget);
            var text = string.Concat(body.AsSpan(0, cut).TrimEnd(), tail);
            if (Fits(text)) return text;
            budget -= Math.Max(1, budget / 20);
        }
        return link ?? string.Empty;
    }

    private static bool IsGsm7(string body, string tail) => SmsSegments.IsGsm7(body) && SmsSegments.IsGsm7(tail);

    private static string? FirstLinkNotIn(DialogReply reply, string body)
    {
        if (reply.Links.IsDefaultOrEmpty) return null;
        foreach (var link in reply.Links)
        {
            if (string.IsNullOrWhiteSpace(link.Uri)) continue;
            return body.Contains(link.Uri, StringComparison.Ordinal) ? null : link.Uri.Trim();
        }
        return null;
    }
}
