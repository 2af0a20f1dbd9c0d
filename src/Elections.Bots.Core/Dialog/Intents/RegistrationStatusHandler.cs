using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Core.Dialog.Intents;

/// <summary>The bot holds no voter records, so it says where the voter can check, and never guesses.</summary>
internal sealed class RegistrationStatusHandler : IIntentHandler
{
    public string Intent => IntentNames.RegistrationStatus;

    public ValueTask<DialogReply> HandleAsync(TurnContext context)
    {
        var reply = context.Reply();
        var links = context.Facts.Office.Links;
        reply.Say("I can't look up voter records, but you can check your registration ",
            "No puedo consultar el registro de votantes, pero puede verificar su registro ");
        if (links.AmIRegistered is { } uri)
        {
            reply.Write(reply.T($"online at {uri}, ", $"en línea en {uri}, ")).Speak(reply.T("online on the elections office website, ", "en línea en el sitio web de la oficina electoral, "));
            reply.Link(reply.T("Am I registered?", "¿Estoy registrado?"), uri);
        }
        reply.Say("or ", "o ").CallOffice(context.Facts).Say(". ");
        if (context.NextElection is { RegistrationDeadline: { } deadline } election && context.Today <= deadline)
        {
            reply.Say("The deadline to register for the ", "La fecha límite para registrarse para ").Say(election.Name)
                .Say(" is ", " es ").Upcoming(deadline).Say(". ");
        }
        reply.SuggestNext(Intent);
        return ValueTask.FromResult(reply.Build(Intent, ReplyOutcome.Answered, context.Settled(), context.Trace(),
            reply.T("Check your registration", "Verifique su registro")));
    }
}
