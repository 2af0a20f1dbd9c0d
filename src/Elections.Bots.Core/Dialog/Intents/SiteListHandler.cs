using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Speech;

namespace Elections.Bots.Core.Dialog.Intents;

/// <summary>
/// Early-voting sites and drop boxes: the same shape of answer, listing the sites for the voter's precinct when
/// their address is known and every site otherwise, with each site's schedule and whether it is open today.
/// </summary>
internal sealed class SiteListHandler(string intent, LocationRoles role) : IIntentHandler
{
    /// <summary>Voice lists at most this many sites; screens list them all.</summary>
    private const int SpokenSites = 3;

    public string Intent { get; } = intent;

    private bool IsDropBox => role == LocationRoles.DropBox;

    public async ValueTask<DialogReply> HandleAsync(TurnContext context)
    {
        var election = context.NextElection;
        if (election is null)
        {
            return context.Reply().NoUpcomingElection(context).SuggestNext(Intent)
                .Build(Intent, ReplyOutcome.Answered, context.Settled(), context.Trace());
        }

        // The address is optional here: it narrows the list when given, but never blocks the answer.
        var resolution = await AddressResolver.ResolveAsync(context, elicitWhenMissing: false);
        if (resolution.Reply is not null) return resolution.Reply;
        var precinct = resolution.Precinct;
        var session = context.Settled() with { Address = resolution.AddressText ?? context.Session.Address };

        var sites = precinct is null ? AllSites(context.Facts) : context.Facts.LocationsFor(precinct, role);
        var reply = context.Reply();
        var title = IsDropBox ? reply.T("Ballot drop boxes", "Buzones para boletas") : reply.T("Early voting", "Votación anticipada");

        if (sites.Count == 0)
        {
            reply.Say(IsDropBox ? reply.T("I don't have any ballot drop boxes listed for the ", "No tengo buzones para boletas en la lista para ")
                                : reply.T("I don't have any early voting locations listed for the ", "No tengo lugares de votación anticipada en la lista para "))
                .Say(election.Name).Say(". To ask, ", ". Para preguntar, ").CallOffice(context.Facts).Say(".");
            reply.SuggestNext(Intent, hasAddress: true);
            return reply.Build(Intent, ReplyOutcome.Answered, session, Trace(context, precinct, []), title);
        }

        if (LastDay(sites) is { } end && context.Today > end)
        {
            Ended(reply, context, election, end);
            return reply.Build(Intent, ReplyOutcome.Answered, session, Trace(context, precinct, []), title);
        }

        Intro(reply, election, sites.Count);
        for (var i = 0; i < sites.Count; i++)
        {
            var site = sites[i];
            var spoken = i < SpokenSites;
            reply.Break();
            if (spoken)
            {
                reply.Say(site.Name).Say(", ").Say(site.Address.ToSingleLine()).Say(": ");
                Schedule(reply, site);
            }
            else
            {
                reply.Write(site.Name).Write(", ").Write(site.Address.ToSingleLine()).Write(": ");
                reply.WriteOnly(site, Schedule);
            }
            reply.Say(". ");
            if (site.DirectionsIn(reply.Locale) is { } directions) reply.Directions(directions, spoken: false).Write(" ");
        }
        if (sites.Count > SpokenSites)
        {
            reply.Speak(reply.T($"There are {sites.Count - SpokenSites} more on the county's website.", $"Hay {sites.Count - SpokenSites} más en el sitio web del condado."));
        }
        OpenToday(reply, context, sites);
        reply.Short(ShortText(reply, sites));
        reply.Link(title, IsDropBox ? context.Facts.Office.Links.MailBallot : context.Facts.Office.Links.WhereDoIVote);
        reply.SuggestNext(Intent, hasAddress: true);
        return reply.Build(Intent, ReplyOutcome.Answered, session, Trace(context, precinct, IdsOf(sites)), title);
    }

    /// <summary>Every site of the role, by id, when the voter's precinct is not known.</summary>
    private List<PollingLocation> AllSites(ElectionFacts facts)
    {
        var sites = new List<PollingLocation>();
        foreach (var location in facts.Locations.Values)
        {
            if (location.Is(role)) sites.Add(location);
        }
        sites.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return sites;
    }

    /// <summary>The last day any site is open, or null when no schedule says.</summary>
    private static DateOnly? LastDay(List<PollingLocation> sites)
    {
        DateOnly? last = null;
        foreach (var site in sites)
        {
            foreach (var period in site.Hours)
            {
                if (period.EndDate is { } end && (last is null || end > last)) last = end;
            }
        }
        return last;
    }

    private void Intro(ReplyBuilder reply, Election election, int count)
    {
        if (IsDropBox)
        {
            reply.Say(count == 1 ? reply.T("You can drop off your mail ballot for the ", "Puede dejar su boleta por correo para ")
                                 : reply.T($"There are {count} ballot drop boxes for the ", $"Hay {count} buzones para boletas para "))
                .Say(election.Name).Say(count == 1 ? reply.T(" at this drop box:", " en este buzón:") : ":");
        }
        else
        {
            reply.Say(reply.T("You can vote early for the ", "Puede votar por adelantado para ")).Say(election.Name)
                .Say(count == 1 ? reply.T(" at this location:", " en este lugar:") : reply.T($" at {count} locations:", $" en {count} lugares:"));
        }
    }

    private static void Schedule(ReplyBuilder reply, PollingLocation site)
    {
        if (!site.Hours.IsDefaultOrEmpty) ScheduleWords.Describe(reply, site.Hours);
        else if (site.HoursText is { } text) reply.Say(text);
    }

    private void OpenToday(ReplyBuilder reply, TurnContext context, List<PollingLocation> sites)
    {
        // The latest closing among today's periods, and the first day after today that any period starts.
        int? closes = null;
        DateOnly? next = null;
        foreach (var site in sites)
        {
            foreach (var period in site.Hours)
            {
                if (period.Covers(context.Today)) closes = Math.Max(closes ?? int.MinValue, period.CloseMinute);
                if (period.StartDate is { } start && start > context.Today && (next is null || start < next)) next = start;
            }
        }
        reply.Break();
        if (closes is { } closing)
        {
            if (context.MinuteOfDay < closing)
            {
                reply.Say(IsDropBox ? reply.T("Drop boxes are open today", "Los buzones están abiertos hoy") : reply.T("Early voting is open today", "La votación anticipada está abierta hoy"));
                if (closing < OpeningPeriod.MinutesPerDay) reply.Say(reply.T(", until ", ", hasta las ")).Time(closing);
                reply.Say(".");
            }
            return;
        }
        if (next is { } opening)
        {
            reply.Say(IsDropBox ? reply.T("Drop boxes open ", "Los buzones abren ") : reply.T("Early voting starts ", "La votación anticipada empieza ")).Upcoming(opening).Say(".");
        }
    }

    private void Ended(ReplyBuilder reply, TurnContext context, Election election, DateOnly end)
    {
        if (IsDropBox)
        {
            reply.Say("The ballot drop boxes for the ", "Los buzones para boletas de ").Say(election.Name)
                .Say(" closed on ", " cerraron el ").Date(end).Say(". ");
        }
        else
        {
            reply.Say("Early voting for the ", "La votación anticipada para ").Say(election.Name).Say(" ended on ", " terminó el ").Date(end)
                .Say(". You can still vote on Election Day, ", ". Todavía puede votar el día de la elección, el ").Date(election.Date)
                .Say(", at your polling place.", ", en su lugar de votación.");
        }
        reply.Break().Say("For help, ", "Para ayuda, ").CallOffice(context.Facts).Say(".");
        reply.SuggestNext(Intent, hasAddress: true);
    }

    /// <summary>"Early voting: Government Center, 200 Court St; Eastfield Community Center, 75 W Main St".</summary>
    private string ShortText(ReplyBuilder reply, List<PollingLocation> sites)
    {
        var text = new TextJoiner();
        text.Append(IsDropBox ? reply.T("Drop boxes: ", "Buzones: ") : reply.T("Early voting: ", "Votación anticipada: "));
        for (var i = 0; i < sites.Count; i++)
        {
            if (i > 0) text.Append("; ");
            text.Append(sites[i].Name);
            text.Append(", ");
            text.Append(sites[i].Address.StreetLine);
        }
        var joined = text.ToStringAndClear();
        text.Release();
        return joined;
    }

    private static ImmutableArray<string> IdsOf(List<PollingLocation> sites)
    {
        var ids = ImmutableArray.CreateBuilder<string>(sites.Count);
        foreach (var site in sites) ids.Add(site.Id);
        return ids.MoveToImmutable();
    }

    private static AnswerTrace Trace(TurnContext context, Precinct? precinct, ImmutableArray<string> locations) =>
        context.Trace() with { PrecinctId = precinct?.Id, LocationIds = locations };
}
