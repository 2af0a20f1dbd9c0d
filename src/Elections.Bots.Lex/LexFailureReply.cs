namespace Elections.Bots.Lex;

/// <summary>
/// The adapter's own answer when it cannot get one from the engine (an unreadable event, an engine failure):
/// an apology and the office's phone, rendered like any other reply so it obeys every channel limit.
/// </summary>
public static class LexFailureReply
{
    public const string TraceDetail = "lex-adapter-failure";

    public static DialogReply Create(Locale locale, string? phone, SessionState session)
    {
        var apology = Rendering.LexPhrases.Apology(locale);
        var digits = phone is null ? null : new string([.. phone.Where(char.IsAsciiDigit)]);
        ImmutableArray<SpeechPart> speech;
        string text;
        if (string.IsNullOrEmpty(digits))
        {
            var contact = Rendering.LexPhrases.ContactOffice(locale);
            text = string.Concat(apology, " ", contact);
            speech = [new SpeechPart(SpeechKind.Text, text)];
        }
        else
        {
            var call = Rendering.LexPhrases.CallOffice(locale);
            text = $"{apology} {call} {phone!.Trim()}.";
            speech =
            [
                new SpeechPart(SpeechKind.Text, string.Concat(apology, " ", call, " ")),
                new SpeechPart(SpeechKind.Telephone, phone.Trim(), digits),
                new SpeechPart(SpeechKind.Text, "."),
            ];
        }
        return new DialogReply
        {
            Text = text,
            Speech = speech,
            ShortText = text,
            Intent = IntentNames.Fallback,
            Outcome = ReplyOutcome.Error,
            Locale = locale,
            Session = session,
            Trace = new AnswerTrace(IntentNames.Fallback, Detail: TraceDetail),
        };
    }
}
