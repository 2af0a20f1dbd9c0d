using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Speech;

namespace Elections.Bots.Core.Dialog.Intents;

/// <summary>
/// Address → precinct → election-day polling place, with hours and accessibility notes. Mail-only precincts get
/// mail-ballot instructions instead of a place.
/// </summary>
internal sealed class PollingPlaceHandler : IIntentHandler
{
    public string Intent => IntentNames.PollingPlace;

    public async ValueTask<DialogReply> HandleAsync(TurnContext context)
    {
        var election = context.NextElection;
        if (election is null)
        {
            var none = context.Reply().NoUpcomingElection(context).SuggestNext(Intent);
            return none.Build(Intent, ReplyOutcome.Answered, context.Settled(), context.Trace());
        }

        var resolution = await AddressResolver.ResolveAsync(context, elicitWhenMissing: true);
        if (resolution.Reply is not null) return resolution.Reply;
        var precinct = resolution.Precinct!;
        var session = context.Settled() with { Address = resolution.AddressText };
        var reply = context.Reply();

        if (precinct.IsMailOnly || context.Facts.IsMailOnlyJurisdiction)
        {
            reply.Say($"Your address is in precinct {precinct.Name}, which votes by mail only, so there is no polling place for it. ",
                $"Su dirección está en el precinto {precinct.Name}, que vota solo por correo, así que no tiene lugar de votación. ");
            reply.Say("Return your ballot by mail or in a drop box by ", "Devuelva su boleta por correo o en un buzón a más tardar el ")
                .Date(election.Date).Say(". ");
            if (election.MailBallotInfo is { } info && reply.Locale == Locale.English) reply.Break().Write(info);
            reply.Break().Say("If you have not received a ballot, ", "Si no ha recibido su boleta, ").CallOffice(context.Facts).Say(".");
            reply.Link(reply.T("Vote by mail", "Votar por correo"), context.Facts.Office.Links.MailBallot);
            reply.Suggest(reply.T("Drop boxes", "Buzones"), reply.T("Drop boxes", "Buzones"), "intent:" + IntentNames.DropBoxes);
            reply.SuggestNext(Intent);
            return reply.Build(Intent, ReplyOutcome.Answered, session, Trace(context, precinct, []),
                reply.T("You vote by mail", "Usted vota por correo"));
        }

        var place = ElectionDayPlace(context.Facts, precinct);
        if (place is null)
        {
            reply.Say($"Your precinct is {precinct.Name}, but I don't have a polling place listed for it. To find where you vote, ",
                $"Su precinto es {precinct.Name}, pero no tengo un lugar de votación para él. Para saber dónde votar, ").CallOffice(context.Facts).Say(".");
            reply.Link(reply.T("Where do I vote?", "¿Dónde voto?"), context.Facts.Office.Links.WhereDoIVote);
            reply.SuggestNext(Intent);
            return reply.Build(Intent, ReplyOutcome.Fallback, session, Trace(context, precinct, []));
        }

        reply.Say("Your polling place for the ", "Su lugar de votación para ").ElectionOn(election)
            .Say(" is ", " es ").Say(place.Name).Say(", ").Say(place.Address.ToSingleLine()).Say(". ");
        SayHours(reply, context, election, place);
        if (place.DirectionsIn(reply.Locale) is { } directions) reply.Break().Directions(directions);
        reply.Break().Write(reply.T($"Precinct: {precinct.Name}.", $"Precinto: {precinct.Name}."));
        reply.Short(ShortText(reply, election, place));
        reply.Link(reply.T("Where do I vote?", "¿Dónde voto?"), context.Facts.Office.Links.WhereDoIVote);
        reply.SuggestNext(Intent, hasAddress: true);
        return reply.Build(Intent, ReplyOutcome.Answered, session, Trace(context, precinct, [place.Id]),
            reply.T("Your polling place", "Su lugar de votación"));
    }

    /// <summary>The first election-day place the precinct lists (feeds list one; early sites and drop boxes are not it).</summary>
    private static PollingLocation? ElectionDayPlace(ElectionFacts facts, Precinct precinct)
    {
        foreach (var id in precinct.PollingLocationIds)
        {
            if (facts.Locations.TryGetValue(id, out var location) && location.Is(LocationRoles.ElectionDay)) return location;
        }
        return null;
    }

    private static void SayHours(ReplyBuilder reply, TurnContext context, Election election, PollingLocation place)
    {
        if (election.Date == context.Today)
        {
            ElectionHoursHandler.SayTodaysHours(reply, context, election);
            return;
        }
        var hours = place.Hours.FirstOrDefault(p => p.Covers(election.Date)) ?? ElectionHoursHandler.ElectionDayPeriod(election);
        if (hours is not null)
        {
            reply.Say("It is open from ", "Está abierto de ").Time(hours.OpenMinute).Say(" to ", " a ").Time(hours.CloseMinute).Say(" on Election Day. ", " el día de la elección. ");
        }
        else if ((place.HoursText ?? election.PollingHoursText) is { } text)
        {
            reply.Say(reply.T("Hours: ", "Horario: ")).Say(text).Say(". ");
        }
    }

    private static string ShortText(ReplyBuilder reply, Election election, PollingLocation place)
    {
        var hours = place.Hours.FirstOrDefault(p => p.Covers(election.Date)) ?? ElectionHoursHandler.ElectionDayPeriod(election);
        var when = DateWords.Short(election.Date, reply.Locale);
        // Times end in "a.m."/"p.m.", which already closes the sentence.
        var open = hours is null ? "." : $", {DateWords.Time(hours.OpenMinute, reply.Locale)}-{DateWords.Time(hours.CloseMinute, reply.Locale)}";
        return reply.T(
            $"Your polling place: {place.Name}, {place.Address.StreetLine}, {place.Address.City}. Election Day {when}{open}",
            $"Su lugar de votación: {place.Name}, {place.Address.StreetLine}, {place.Address.City}. Día de la elección: {when}{open}");
    }

    private static AnswerTrace Trace(TurnContext context, Precinct precinct, ImmutableArray<string> locations) =>
        context.Trace() with { PrecinctId = precinct.Id, LocationIds = locations };
}
