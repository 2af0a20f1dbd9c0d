using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Core.Dialog.Intents;

internal sealed class NextElectionHandler : IIntentHandler
{
    public string Intent => IntentNames.NextElection;

    public ValueTask<DialogReply> HandleAsync(TurnContext context)
    {
        var reply = context.Reply();
        var election = context.NextElection;
        if (election is null)
        {
            reply.NoUpcomingElection(context);
        }
        else if (election.Date == context.Today)
        {
            reply.Say("Today is Election Day: the ", "Hoy es el día de la elección: ").Say(election.Name).Say(". ");
            ElectionHoursHandler.SayTodaysHours(reply, context, election);
        }
        else
        {
            reply.Say("The next election is the ", "La próxima elección es ").ElectionOn(election).Say(". ");
            if (ElectionHoursHandler.ElectionDayPeriod(election) is { } hours)
            {
                reply.Say("Polls are open from ", "Los lugares de votación abren de ").Time(hours.OpenMinute)
                    .Say(" to ", " a ").Time(hours.CloseMinute).Say(". ");
            }
        }
        reply.Link(reply.T("Elections", "Elecciones"), context.Facts.Office.Links.Elections);
        reply.SuggestNext(Intent);
        return ValueTask.FromResult(reply.Build(Intent, ReplyOutcome.Answered, context.Settled(), context.Trace(),
            election?.Name ?? reply.T("Elections", "Elecciones")));
    }
}
