using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Core.Dialog.Intents;

internal sealed class WelcomeHandler : IIntentHandler
{
    public string Intent => IntentNames.Welcome;

    public ValueTask<DialogReply> HandleAsync(TurnContext context)
    {
        var reply = context.Reply();
        reply.Say($"Welcome to the {context.Facts.JurisdictionName} voter information line. ",
            $"Bienvenido a la línea de información electoral de {context.Facts.JurisdictionName}. ");
        if (context.NextElection is { } next)
        {
            reply.Say("The next election is the ", "La próxima elección es ").ElectionOn(next).Say(". ");
        }
        reply.Break().Say(
            "You can ask me where to vote, about deadlines, early voting, mail ballots or drop boxes. What would you like to know?",
            "Puede preguntarme dónde votar, sobre fechas límite, votación anticipada, boletas por correo o buzones. ¿Qué le gustaría saber?");
        reply.SuggestNext(Intent);
        return ValueTask.FromResult(reply.Build(Intent, ReplyOutcome.Answered, context.Settled(), context.Trace(),
            reply.T("Voter information", "Información electoral")));
    }
}
