using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Core.Dialog.Intents;

internal sealed class MailBallotHandler : IIntentHandler
{
    public string Intent => IntentNames.MailBallot;

    public ValueTask<DialogReply> HandleAsync(TurnContext context)
    {
        var reply = context.Reply();
        var election = context.NextElection;
        var links = context.Facts.Office.Links;
        if (election is null)
        {
            reply.NoUpcomingElection(context);
        }
        else if (election.MailBallotRequestDeadline is { } deadline && context.Today <= deadline)
        {
            reply.Say("To vote by mail in the ", "Para votar por correo en ").Say(election.Name)
                .Say(", your request must be in by ", ", su solicitud debe llegar a más tardar el ").Date(deadline)
                .Say($" ({Speech.DateWords.Relative(deadline, context.Today, context.Locale)}). ");
            WriteOfficeDetails(reply, election.MailBallotInfo);
        }
        else if (election.MailBallotRequestDeadline is { } passed)
        {
            reply.Say("The deadline to request a mail ballot for the ", "La fecha límite para solicitar una boleta por correo para ")
                .Say(election.Name).Say(" was ", " fue el ").Date(passed).Say(". ");
            reply.Say("If you already have your ballot, you can still return it. Otherwise you can vote in person, early or on Election Day, ",
                "Si ya tiene su boleta, todavía puede devolverla. Si no, puede votar en persona, por adelantado o el día de la elección, el ")
                .Date(election.Date).Say(". ");
            WriteOfficeDetails(reply, election.MailBallotInfo);
        }
        else
        {
            reply.Say("I don't have the mail ballot deadline for the ", "No tengo la fecha límite para boletas por correo de ")
                .Say(election.Name).Say(". To ask, ", ". Para preguntar, ").CallOffice(context.Facts).Say(". ");
        }
        reply.Link(reply.T("Vote by mail", "Votar por correo"), links.MailBallot);
        reply.Link(reply.T("Track my ballot", "Rastrear mi boleta"), links.BallotTracking);
        reply.SuggestNext(Intent, hasAddress: true);
        return ValueTask.FromResult(reply.Build(Intent, ReplyOutcome.Answered, context.Settled(), context.Trace(),
            reply.T("Vote by mail", "Votar por correo")));
    }

    private static void WriteOfficeDetails(Speech.ReplyBuilder reply, string? details)
    {
        if (details is not null && reply.Locale == Locale.English) reply.Break().Write(details);
    }
}
