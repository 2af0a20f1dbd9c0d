using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Dialog;

/// <summary>
/// Puts active emergency notices first on every answer they affect: everywhere-notices on every answer,
/// precinct and place notices on answers about that precinct or place.
/// </summary>
internal static class NoticeInjector
{
    public static DialogReply Apply(DialogReply reply, ElectionFacts facts, DateTimeOffset now)
    {
        if (facts.Notices.IsDefaultOrEmpty || reply.Outcome == ReplyOutcome.Ended) return reply;
        List<EmergencyNotice>? applicable = null;
        foreach (var notice in facts.Notices)
        {
            if (!notice.IsActiveAt(now) || !Affects(notice, reply.Trace)) continue;
            (applicable ??= []).Add(notice);
        }
        if (applicable is null) return reply;

        var text = new System.Text.StringBuilder();
        var speech = ImmutableArray.CreateBuilder<SpeechPart>();
        var links = reply.Links.ToBuilder();
        foreach (var notice in applicable)
        {
            var hasTranslation = reply.Locale == Locale.English || !string.IsNullOrWhiteSpace(notice.TextSpanish);
            var heading = reply.Locale == Locale.Spanish
                ? hasTranslation ? "Aviso importante: " : "Aviso importante (en inglés): "
                : "Important notice: ";
            var body = notice.TextFor(reply.Locale);
            text.Append(heading).Append(body).Append("\n\n");
            if (hasTranslation)
            {
                speech.Add(new SpeechPart(SpeechKind.Text, heading + Text.UrlStripper.ForSpeech(body, reply.Locale)));
            }
            else
            {
                // A moved polling place matters more than the language: the English text is said, marked as
                // English so the Spanish voice pronounces it as English (its web-address stand-in too).
                speech.Add(new SpeechPart(SpeechKind.Text, heading));
                speech.Add(new SpeechPart(SpeechKind.English, Text.UrlStripper.ForSpeech(body, Locale.English)));
            }
            speech.Add(new SpeechPart(SpeechKind.Pause, string.Empty));
            if (notice.Uri is { } uri && links.All(l => l.Uri != uri))
            {
                links.Insert(0, new ReplyLink(reply.Locale == Locale.Spanish ? "Aviso" : "Notice", uri));
            }
        }
        speech.AddRange(reply.Speech);
        return reply with
        {
            Text = text.Append(reply.Text).ToString(),
            Speech = speech.ToImmutable(),
            ShortText = reply.ShortText is null ? null : ShortHeading(reply.Locale) + applicable[0].TextFor(reply.Locale) + " " + reply.ShortText,
            Links = links.ToImmutable(),
            Trace = reply.Trace with { Detail = Join(reply.Trace.Detail, "notice:" + string.Join(',', applicable.Select(n => n.Id))) },
        };
    }

    private static string ShortHeading(Locale locale) => locale == Locale.Spanish ? "AVISO: " : "NOTICE: ";

    private static bool Affects(EmergencyNotice notice, AnswerTrace trace) =>
        notice.IsEverywhere ||
        (trace.PrecinctId is { } precinct && notice.PrecinctIds.Contains(precinct)) ||
        trace.LocationIds.Any(notice.LocationIds.Contains);

    private static string Join(string? existing, string addition) => existing is null ? addition : existing + ";" + addition;
}
