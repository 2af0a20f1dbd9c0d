using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Core.Dialog.Intents;

internal sealed class RegistrationDeadlineHandler : IIntentHandler
{
    public string Intent => IntentNames.RegistrationDeadline;

    public ValueTask<DialogReply> HandleAsync(TurnContext context)
    {
        var reply = context.Reply();
        var election = context.NextElection;
        var links = context.Facts.Office.Links;
        if (election is null)
        {
            reply.NoUpcomingElection(context);
        }
        else if (election.RegistrationDeadline is not { } deadline)
        {
            reply.Say("I don't have the registration deadline for the ", "No tengo la fecha límite de registro para ")
                .Say(election.Name).Say(". To ask, ", ". Para preguntar, ").CallOffice(context.Facts).Say(". ");
        }
        else if (context.Today <= deadline)
        {
            reply.Say("The deadline to register for the ", "La fecha límite para registrarse para ").Say(election.Name)
                .Say(" is ", " es ").Upcoming(deadline).Say(". ");
            if (election.HasSameDayRegistration)
            {
                reply.Say("After that, you can still register in person and vote at the same time, through Election Day. ",
                    "Después de esa fecha, todavía puede registrarse en persona y votar al mismo tiempo, hasta el día de la elección. ");
            }
            WriteOfficeDetails(reply, election.RegistrationInfo);
        }
        else
        {
            reply.Say("The deadline to register for the ", "La fecha límite para registrarse para ").Say(election.Name)
                .Say(" was ", " fue el ").Date(deadline).Say(". ");
            if (election.HasSameDayRegistration && context.Today <= election.Date)
            {
                var office = context.Facts.Office;
                reply.Say("You can still register in person and vote at the same time at the ",
                        "Todavía puede registrarse en persona y votar al mismo tiempo en ")
                    .Say(office.Name);
                if (office.Address is { } address) reply.Say(", ").Say(address.ToSingleLine());
                reply.Say(", through Election Day, ", ", hasta el día de la elección, el ").Date(election.Date).Say(". ");
                WriteOfficeDetails(reply, election.RegistrationInfo);
            }
            else
            {
                reply.Say("If you are not sure you are registered, you can check, or ",
                    "Si no está seguro de estar registrado, puede verificarlo, o ").CallOffice(context.Facts).Say(". ");
                reply.Link(reply.T("Am I registered?", "¿Estoy registrado?"), links.AmIRegistered);
            }
        }
        reply.Link(reply.T("Register to vote", "Registrarse para votar"), links.Registration);
        reply.SuggestNext(Intent);
        return ValueTask.FromResult(reply.Build(Intent, ReplyOutcome.Answered, context.Settled(), context.Trace(),
            reply.T("Registration deadline", "Fecha límite de registro")));
    }

    /// <summary>The office's own wording from the feed, for screens; it is in the feed's language (usually English).</summary>
    private static void WriteOfficeDetails(Speech.ReplyBuilder reply, string? details)
    {
        if (details is not null && reply.Locale == Locale.English) reply.Break().Write(details);
    }
}
