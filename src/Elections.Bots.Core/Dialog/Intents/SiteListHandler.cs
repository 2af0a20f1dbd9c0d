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

        var sites = precinct is null
            ? context.Facts.Locations.Values.Where(l => l.Is(role)).OrderBy(l => l.Id, StringComparer.Ordinal).ToList()
            : context.Facts.LocationsFor(precinct, role).ToList();
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

        var lastDay = sites.SelectMany(s => s.Hours).Select(p => p.EndDate).Max();
        if (lastDay is { } end && context.Today > end)
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
                reply.Write($"{site.Name}, {site.Address.ToSingleLine()}: ");
                reply.Write(ScheduleText(reply, site));
            }
            reply.Say(". ");
            if (site.Directions is { } directions) reply.Write(directions + " ");
        }
        if (sites.Count > SpokenSites)
        {
            reply.Speak(reply.T($"There are {sites.Count - SpokenSites} more on the county's website.", $"Hay {sites.Count - SpokenSites} más en el sitio web del condado."));
        }
        OpenToday(reply, context, sites);
        reply.Short(ShortText(reply, sites));
        reply.Link(title, IsDropBox ? context.Facts.Office.Links.MailBallot : context.Facts.Office.Links.WhereDoIVote);
        reply.SuggestNext(Intent, hasAddress: true);
        return reply.Build(Intent, ReplyOutcome.Answered, session, Trace(context, precinct, [.. sites.Select(s => s.Id)]), title);
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

    /// <summary>Screens get every site's schedule; a throw-away builder words it identically.</summary>
    private static string ScheduleText(ReplyBuilder reply, PollingLocation site)
    {
        var scratch = new ReplyBuilder(reply.Locale, reply.Today);
        Schedule(scratch, site);
        return scratch.Build(string.Empty, ReplyOutcome.Answered, SessionState.New, new AnswerTrace(string.Empty)).Text;
    }

    private void OpenToday(ReplyBuilder reply, TurnContext context, List<PollingLocation> sites)
    {
        var today = sites.SelectMany(s => s.Hours).Where(p => p.Covers(context.Today)).ToList();
        reply.Break();
        if (today.Count > 0)
        {
            var closes = today.Max(p => p.CloseMinute);
            if (context.MinuteOfDay < closes)
            {
                reply.Say(IsDropBox ? reply.T("Drop boxes are open today", "Los buzones están abiertos hoy") : reply.T("Early voting is open today", "La votación anticipada está abierta hoy"));
                if (closes < OpeningPeriod.MinutesPerDay) reply.Say(reply.T(", until ", ", hasta las ")).Time(closes);
                reply.Say(".");
            }
            return;
        }
        var next = sites.SelectMany(s => s.Hours).Where(p => p.StartDate > context.Today).Select(p => p.StartDate!.Value).DefaultIfEmpty().Min();
        if (next != default)
        {
            reply.Say(IsDropBox ? reply.T("Drop boxes open ", "Los buzones abren ") : reply.T("Early voting starts ", "La votación anticipada empieza ")).Upcoming(next).Say(".");
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

    private string ShortText(ReplyBuilder reply, List<PollingLocation> sites)
    {
        var head = IsDropBox ? reply.T("Drop boxes: ", "Buzones: ") : reply.T("Early voting: ", "Votación anticipada: ");
        return head + string.Join("; ", sites.Select(s => $"{s.Name}, {s.Address.StreetLine}"));
    }

    private static AnswerTrace Trace(TurnContext context, Precinct? precinct, ImmutableArray<string> locations) =>
        context.Trace() with { PrecinctId = precinct?.Id, LocationIds = locations };
}
