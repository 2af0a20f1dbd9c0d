using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Core.Dialog.Intents;

/// <summary>Stop and Cancel both end the conversation; the voter leaves with the election date.</summary>
internal sealed class GoodbyeHandler(string intent) : IIntentHandler
{
    public string Intent { get; } = intent;

    public ValueTask<DialogReply> HandleAsync(TurnContext context)
    {
        var reply = context.Reply();
        reply.Say("Thank you. ", "Gracias. ");
        if (context.NextElection is { } next && next.Date > context.Today)
        {
            reply.Say("Remember, Election Day is ", "Recuerde, el día de la elección es el ").Date(next.Date).Say(". ");
        }
        reply.Say("Goodbye!", "¡Hasta luego!");
        var done = reply.Build(Intent, ReplyOutcome.Ended, SessionState.New with { PreferredLocale = context.Session.PreferredLocale }, context.Trace());
        return ValueTask.FromResult(done with { EndConversation = true });
    }
}
