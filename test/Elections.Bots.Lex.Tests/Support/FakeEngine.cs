using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Lex.Tests.Support;

/// <summary>An engine stand-in that records the turns it gets and answers with whatever the test set.</summary>
internal sealed class FakeEngine
{
    public List<DialogTurn> Turns { get; } = [];

    public Func<DialogTurn, DialogReply> Reply { get; set; } = turn => Replies.Answer(turn.Intent ?? IntentNames.Fallback, "The answer.");

    public ValueTask<DialogReply> HandleAsync(DialogTurn turn, CancellationToken cancellationToken)
    {
        Turns.Add(turn);
        return ValueTask.FromResult(Reply(turn));
    }
}

/// <summary>Hand-made replies for renderer tests.</summary>
internal static class Replies
{
    public static DialogReply Answer(string intent, string text, Locale locale = Locale.English, SessionState? session = null) => new()
    {
        Text = text,
        Speech = [new SpeechPart(SpeechKind.Text, text)],
        Intent = intent,
        Locale = locale,
        Session = session ?? SessionState.New,
        Trace = new AnswerTrace(intent),
    };

    /// <summary>A reply offering follow-ups, each stored as a numbered choice the way the engine does.</summary>
    public static DialogReply WithSuggestions(DialogReply reply, params (string Label, string Value)[] suggestions) => reply with
    {
        Suggestions = [.. suggestions.Select(s => new Suggestion(s.Label, s.Value))],
        Session = reply.Session with { Choices = [.. suggestions.Select(s => "intent:" + s.Label)] },
    };
}
