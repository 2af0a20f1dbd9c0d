using System.Runtime.CompilerServices;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// Text messages (Twilio through Lex, or Pinpoint with the channel hint): one PlainText message of at most two
/// segments, no cards. The engine's short answer when it has one, otherwise the full answer shortened, with the
/// link that says the rest. Numbered choices are added only when they still fit.
/// </summary>
/// <remarks>
/// Each candidate (with or without the choices, in GSM-7 spelling, cut shorter) is drafted in one pooled buffer
/// and measured there; only the text finally sent becomes a string.
/// </remarks>
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
        var draft = new DefaultInterpolatedStringHandler(0, 0);
        try
        {
            draft.AppendLiteral(body);
            if (FitWhole(ref draft, link, reply, body) is { } fitted) return fitted;
            draft.Clear();
            // "votacion" in two segments beats "votación" cut in half.
            var respelled = Gsm7Transliterator.Transliterate(body, ref draft);
            var gsmLength = draft.Text.Length;
            if (respelled && FitWhole(ref draft, link, reply, whole: null) is { } spelled) return spelled;
            return Shorten(draft.Text[..gsmLength], link is not null && Fits(link) ? link : null);
        }
        finally
        {
            draft.Clear();
        }
    }

    /// <summary>
    /// The body drafted so far with the link, plus the choices when they fit too; null when the body and link do not.
    /// <paramref name="whole"/> is the body as a string, sent as it is when nothing is added to it.
    /// </summary>
    private static string? FitWhole(ref DefaultInterpolatedStringHandler draft, string? link, DialogReply reply, string? whole)
    {
        if (link is not null)
        {
            draft.AppendLiteral(" ");
            draft.AppendLiteral(link);
        }
        if (!Fits(draft.Text)) return null;
        var plain = draft.Text.Length;
        if (ReplyChoices.AppendLines(ref draft, reply, "\n", before: "\n") && Fits(draft.Text)) return draft.Text.ToString();
        return link is null && whole is not null ? whole : draft.Text[..plain].ToString();
    }

    private static bool Fits(ReadOnlySpan<char> text) => SmsSegments.Count(text) <= MaxSegments;

    /// <summary>Cuts the body at a sentence or word end so body, ellipsis and link fit two segments.</summary>
    private static string Shorten(ReadOnlySpan<char> body, string? link)
    {
        var tailLength = Ellipsis.Length + (link is null ? 0 : 1 + link.Length);
        // Characters outside GSM-7 (an emoji, another script) force UCS-2: 2 × 67 units.
        var gsm7 = SmsSegments.IsGsm7(body) && (link is null || SmsSegments.IsGsm7(link));
        var budget = (gsm7 ? Gsm7Budget : MaxSegments * 67) - tailLength;
        var candidate = new DefaultInterpolatedStringHandler(0, 0);
        try
        {
            while (budget > 0)
            {
                var cut = TextChunker.CutPoint(body, budget);
                candidate.Clear();
                candidate.AppendFormatted(body[..cut].TrimEnd());
                candidate.AppendLiteral(Ellipsis);
                if (link is not null)
                {
                    candidate.AppendLiteral(" ");
                    candidate.AppendLiteral(link);
                }
                if (Fits(candidate.Text)) return candidate.Text.ToString();
                budget -= Math.Max(1, budget / 20);
            }
            return link ?? string.Empty;
        }
        finally
        {
            candidate.Clear();
        }
    }

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
