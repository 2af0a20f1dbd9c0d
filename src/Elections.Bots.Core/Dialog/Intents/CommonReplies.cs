using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Speech;

namespace Elections.Bots.Core.Dialog.Intents;

/// <summary>Sentences several handlers share: the way forward to the office, the usual follow-ups.</summary>
internal static class CommonReplies
{
    /// <summary>"call the Millbrook County Elections Office at 555-0142" — every dead end ends here.</summary>
    public static ReplyBuilder CallOffice(this ReplyBuilder reply, ElectionFacts facts)
    {
        var office = facts.Office;
        var phone = office.Phone ?? facts.StateOffice?.Phone;
        if (phone is null)
        {
            reply.Say($"contact the {office.Name}", $"comuníquese con {office.Name}");
            return reply.Link(office.Name, office.Links.Elections);
        }
        return reply.Say($"call the {office.Name} at ", $"llame a {office.Name} al ").Phone(phone);
    }

    /// <summary>Up to five follow-ups, skipping the one just answered.</summary>
    public static ReplyBuilder SuggestNext(this ReplyBuilder reply, string answered, bool hasAddress = false)
    {
        Offer(reply, answered, IntentNames.PollingPlace);
        Offer(reply, answered, IntentNames.EarlyVoting);
        Offer(reply, answered, IntentNames.MailBallot);
        if (hasAddress) Offer(reply, answered, IntentNames.DropBoxes);
        Offer(reply, answered, IntentNames.RegistrationDeadline);
        Offer(reply, answered, IntentNames.NextElection);
        Offer(reply, answered, IntentNames.ContactOffice);
        return reply;
    }

    private static void Offer(ReplyBuilder reply, string answered, string intent)
    {
        if (intent == answered) return;
        var label = NextLabel(reply, intent)!;
        reply.Suggest(label, label, Targets[intent]);
    }

    /// <summary>The label <see cref="SuggestNext"/> gives <paramref name="intent"/>, for offering the same choice again.</summary>
    public static string? NextLabel(ReplyBuilder reply, string intent) => intent switch
    {
        IntentNames.PollingPlace => reply.T("Where do I vote?", "¿Dónde voto?"),
        IntentNames.EarlyVoting => reply.T("Early voting", "Votación anticipada"),
        IntentNames.MailBallot => reply.T("Vote by mail", "Votar por correo"),
        IntentNames.DropBoxes => reply.T("Drop boxes", "Buzones"),
        IntentNames.RegistrationDeadline => reply.T("Registration deadline", "Fecha límite de registro"),
        IntentNames.NextElection => reply.T("Next election", "Próxima elección"),
        IntentNames.ContactOffice => reply.T("Contact the office", "Contactar a la oficina"),
        _ => null,
    };

    /// <summary>"intent:EarlyVoting" and friends, built once instead of on every turn.</summary>
    private static readonly FrozenDictionary<string, string> Targets =
        IntentNames.All.ToFrozenDictionary(i => i, i => "intent:" + i, StringComparer.Ordinal);

    /// <summary>After the last election in the data: say so, and where results and news are.</summary>
    public static ReplyBuilder NoUpcomingElection(this ReplyBuilder reply, TurnContext context)
    {
        var last = context.LastElection;
        reply.Say("There is no upcoming election in the information I have. ", "No hay una próxima elección en la información que tengo. ");
        if (last is not null)
        {
            reply.Say($"The most recent was the {last.Name}, on ", $"La más reciente fue {last.Name}, el ").Date(last.Date, withYear: true).Say(". ");
            if (last.ResultsUri is not null)
            {
                reply.Write(reply.T($"Results: {last.ResultsUri} ", $"Resultados: {last.ResultsUri} "))
                    .Speak(reply.T("Results are posted on the elections office website. ", "Los resultados se publican en el sitio web de la oficina electoral. "))
                    .Link(reply.T("Election results", "Resultados"), last.ResultsUri);
            }
        }
        reply.Say("For news about the next election, ", "Para noticias sobre la próxima elección, ").CallOffice(context.Facts).Say(".");
        return reply.Link(context.Facts.Office.Name, context.Facts.Office.Links.Elections);
    }

    /// <summary>"the Millbrook County Special Election on Tuesday, March 9, 2027 (in 12 days)".</summary>
    public static ReplyBuilder ElectionOn(this ReplyBuilder reply, Election election)
    {
        reply.Say(election.Name).Say(reply.T(" on ", " el ")).Date(election.Date);
        var relative = DateWords.Relative(election.Date, reply.Today, reply.Locale);
        return election.Date == reply.Today ? reply : reply.Say($" ({relative})");
    }

    /// <summary>"in 5 days, on Monday, February 22" / "today, Monday, February 22" — a deadline said from today.</summary>
    public static ReplyBuilder Upcoming(this ReplyBuilder reply, DateOnly date)
    {
        var days = date.DayNumber - reply.Today.DayNumber;
        reply.Say(DateWords.Relative(date, reply.Today, reply.Locale));
        reply.Say(days > 1 ? reply.T(", on ", ", el ") : ", ");
        return reply.Date(date);
    }
}
