using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa.Tests.Support;

/// <summary>Engine replies built by hand, shaped like the engine's: speech parts, screen text, links, session.</summary>
internal static class Replies
{
    public static DialogReply Answer(string intent, string text, params SpeechPart[] speech) => new()
    {
        Intent = intent,
        Text = text,
        Speech = speech.Length == 0 ? [new SpeechPart(SpeechKind.Text, text)] : [.. speech],
        Locale = Locale.English,
        Session = SessionState.New with { LastIntent = intent },
        Trace = new AnswerTrace(intent),
    };

    public static DialogReply AskAddress(string intent, Locale locale = Locale.English) => new()
    {
        Intent = intent,
        Text = locale == Locale.Spanish ? "¿Cuál es su dirección?" : "What's your street address?",
        Speech = [new SpeechPart(SpeechKind.Text, locale == Locale.Spanish ? "¿Cuál es su dirección?" : "What's your street address?")],
        ElicitSlot = Core.BotModel.SlotNames.Address,
        Outcome = ReplyOutcome.Elicited,
        Locale = locale,
        Session = SessionState.New with { PendingIntent = intent },
        Trace = new AnswerTrace(intent),
    };

    public static DialogReply Goodbye(string intent) => new()
    {
        Intent = intent,
        Text = "Goodbye.",
        Speech = [new SpeechPart(SpeechKind.Text, "Goodbye.")],
        EndConversation = true,
        Outcome = ReplyOutcome.Ended,
        Locale = Locale.English,
        Session = SessionState.New,
        Trace = new AnswerTrace(intent),
    };
}
