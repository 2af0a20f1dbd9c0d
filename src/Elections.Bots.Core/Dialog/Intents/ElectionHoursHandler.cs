using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Speech;

namespace Elections.Bots.Core.Dialog.Intents;

internal sealed class ElectionHoursHandler : IIntentHandler
{
    public string Intent => IntentNames.ElectionHours;

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
            SayTodaysHours(reply, context, election);
        }
        else if (ElectionDayPeriod(election) is { } hours)
        {
            reply.Say("On Election Day, ", "El día de la elección, ").Date(election.Date)
                .Say(", polls are open from ", ", los lugares de votación abren de ").Time(hours.OpenMinute)
                .Say(" to ", " a ").Time(hours.CloseMinute).Say(". ");
        }
        else if (election.PollingHoursText is { } text)
        {
            reply.Say("On Election Day, ", "El día de la elección, ").Date(election.Date).Say(reply.T(", polls are open ", ", el horario es: ")).Say(text).Say(". ");
        }
        else
        {
            reply.Say("I don't have the polling hours for the ", "No tengo el horario de votación de ").Say(election.Name)
                .Say(". To ask, ", ". Para preguntar, ").CallOffice(context.Facts).Say(".");
        }
        reply.SuggestNext(Intent);
        return ValueTask.FromResult(reply.Build(Intent, ReplyOutcome.Answered, context.Settled(), context.Trace(),
            reply.T("Election Day hours", "Horario del día de la elección")));
    }

    /// <summary>The schedule row covering election day itself (feeds may list one row per place kind).</summary>
    public static OpeningPeriod? ElectionDayPeriod(Election election) =>
        election.ElectionDayHours.FirstOrDefault(p => p.Covers(election.Date)) ??
        (election.ElectionDayHours.IsDefaultOrEmpty ? null : election.ElectionDayHours[0]);

    /// <summary>On election day the answer depends on the clock: not open yet, open until, or closed.</summary>
    public static void SayTodaysHours(ReplyBuilder reply, TurnContext context, Election election)
    {
        if (ElectionDayPeriod(election) is not { } hours)
        {
            if (election.PollingHoursText is { } text) reply.Say(reply.T("Polls are open ", "Horario de votación: ")).Say(text).Say(". ");
            return;
        }
        var now = context.MinuteOfDay;
        if (now < hours.OpenMinute)
        {
            reply.Say("Polls open today at ", "Los lugares de votación abren hoy a las ").Time(hours.OpenMinute)
                .Say(" and close at ", " y cierran a las ").Time(hours.CloseMinute).Say(". ");
        }
        else if (now < hours.CloseMinute)
        {
            reply.Say("Polls are open now, until ", "Los lugares de votación están abiertos ahora, hasta las ").Time(hours.CloseMinute).Say(" today. ", " de hoy. ");
        }
        else
        {
            reply.Say("Polls closed today at ", "Los lugares de votación cerraron hoy a las ").Time(hours.CloseMinute).Say(". ");
            if (election.ResultsUri is { } results)
            {
                reply.Write(reply.T($"Results will be posted at {results} ", $"Los resultados se publicarán en {results} "))
                    .Speak(reply.T("Results will be posted on the elections office website. ", "Los resultados se publicarán en el sitio web de la oficina electoral. "))
                    .Link(reply.T("Election results", "Resultados"), results);
            }
        }
    }
}
