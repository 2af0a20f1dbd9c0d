using Elections.Bots.Core.Addresses;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Speech;
using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Dialog.Intents;

/// <summary>
/// Turns what the voter said into a precinct — or into the one question that settles it. Never guesses: an
/// address that fits two precincts gets a question, and after two unusable answers the voter gets the office's phone.
/// </summary>
internal static class AddressResolver
{
    /// <summary>After this many addresses that could not be used in a row, stop asking and hand over the phone number.</summary>
    private const int MaxAttempts = 2;

    public static async ValueTask<AddressResolution> ResolveAsync(TurnContext context, bool elicitWhenMissing)
    {
        var facts = context.Facts;
        var parsed = await AddressFromTurnAsync(context);
        if (parsed is null)
        {
            if (context.Slot(SlotNames.Address) is not null) return new AddressResolution(null, null, Unusable(context), false);
            return elicitWhenMissing
                ? new AddressResolution(null, null, AskForAddress(context, retry: false), false)
                : AddressResolution.Missing;
        }

        var match = await StreetSegmentMatcher.MatchAsync(parsed, facts, context.Store, context.CancellationToken);
        var text = parsed.ToText();
        var street = parsed.StreetLine;
        return match.Status switch
        {
            AddressMatchStatus.Matched when match.Precinct is not null => new AddressResolution(match.Precinct, text, null, false),
            AddressMatchStatus.NeedsZipOrCity => Clarify(context, text, street,
                "Which town is {0} in? Please tell me your town or ZIP code.",
                "¿En qué pueblo está {0}? Por favor, dígame su pueblo o código postal.", match.Options),
            AddressMatchStatus.NeedsDirectional or AddressMatchStatus.NeedsStreetSuffix => Clarify(context, text, street,
                "There is more than one {0}. Which one do you live on?",
                "Hay más de una calle {0}. ¿En cuál vive?", match.Options),
            AddressMatchStatus.NeedsUnit => Clarify(context, text, street,
                "Your building on {0} is split between precincts. What is your apartment or unit number?",
                "Su edificio en {0} está dividido entre precintos. ¿Cuál es su número de apartamento o unidad?", []),
            AddressMatchStatus.NeedsHouseNumber => Clarify(context, text, street,
                "What is your house number on {0}?",
                "¿Cuál es el número de su casa en {0}?", []),
            AddressMatchStatus.OutsideJurisdiction => new AddressResolution(null, null, Outside(context), false),
            _ => new AddressResolution(null, null, Unusable(context), false),
        };
    }

    /// <summary>
    /// The address to use: this turn's slot — folded into the earlier partial address when the voter is answering
    /// our clarifying question ("99964", "north", "4B") — else the one given earlier in the conversation.
    /// </summary>
    private static async ValueTask<ParsedAddress?> AddressFromTurnAsync(TurnContext context)
    {
        var cities = context.Facts.ServedCities;
        var slot = context.Slot(SlotNames.Address);
        var session = context.Session;
        if (slot is null)
        {
            return session.PendingIntent is null && AddressParser.TryParse(session.Address, cities, out var remembered) ? remembered : null;
        }
        if (session.PendingIntent is not null && AddressParser.TryParse(session.Address, cities, out var previous))
        {
            var question = await StreetSegmentMatcher.MatchAsync(previous, context.Facts, context.Store, context.CancellationToken);
            if (AddressFollowUp.TryApply(previous, question, slot, cities, out var completed)) return completed;
        }
        return AddressParser.TryParse(slot, cities, out var parsed) ? parsed : null;
    }

    public static DialogReply AskForAddress(TurnContext context, bool retry)
    {
        var reply = context.Reply();
        if (retry)
        {
            reply.Say("I couldn't find that address. ", "No pude encontrar esa dirección. ");
        }
        reply.Say("What is the address where you live? Please say the house number and street, and your town or ZIP code",
            "¿Cuál es la dirección donde vive? Por favor, diga el número y la calle, y su pueblo o código postal");
        if (retry && Example(context.Facts) is { } example)
        {
            reply.Say(reply.T(", for example: ", ", por ejemplo: ")).Say(example);
        }
        reply.Say(".");
        var session = context.Session with
        {
            PendingIntent = context.Intent,
            AddressAttempts = retry ? context.Session.AddressAttempts + 1 : context.Session.AddressAttempts,
            Address = null,
        };
        return reply.Build(context.Intent, ReplyOutcome.Elicited, session, context.Trace(retry ? "address-retry" : "address-needed"),
            reply.T("Your address", "Su dirección")) with { ElicitSlot = SlotNames.Address };
    }

    private static AddressResolution Clarify(
        TurnContext context, string text, string street, string english, string spanish, ImmutableArray<string> options)
    {
        var reply = context.Reply();
        var (before, after) = Split(reply.T(english, spanish));
        reply.Say(before).Write(StreetWords.Display(street)).Speak(StreetWording.ForSpeech(street)).Say(after);
        if (!options.IsDefaultOrEmpty)
        {
            reply.Say(reply.T(" It could be ", " Puede ser "));
            for (var i = 0; i < options.Length; i++)
            {
                if (i > 0) reply.Say(i == options.Length - 1 ? reply.T(" or ", " o ") : ", ");
                reply.Write(StreetWords.Display(options[i])).Speak(StreetWording.ForSpeech(options[i]));
            }
            reply.Say(".");
        }
        // The partial address stays in the session (this conversation only) so the answer can complete it.
        var session = context.Session with { PendingIntent = context.Intent, Address = text };
        var built = reply.Build(context.Intent, ReplyOutcome.Elicited, session, context.Trace("address-clarify"),
            reply.T("Your address", "Su dirección")) with { ElicitSlot = SlotNames.Address };
        return new AddressResolution(null, null, built, false);
    }

    private static (string Before, string After) Split(string template)
    {
        var at = template.IndexOf("{0}", StringComparison.Ordinal);
        return (template[..at], template[(at + 3)..]);
    }

    private static DialogReply Unusable(TurnContext context)
    {
        if (context.Session.AddressAttempts + 1 < MaxAttempts) return AskForAddress(context, retry: true);

        var reply = context.Reply();
        reply.Say("I'm sorry, I still can't find that address. To find where you vote, ",
            "Lo siento, todavía no encuentro esa dirección. Para saber dónde votar, ").CallOffice(context.Facts).Say(".");
        if (context.Facts.Office.Links.WhereDoIVote is { } lookup)
        {
            reply.Write(reply.T($" You can also look it up at {lookup}", $" También puede buscarlo en {lookup}"))
                .Link(reply.T("Where do I vote?", "¿Dónde voto?"), lookup);
        }
        reply.SuggestNext(context.Intent);
        var session = context.Session with { PendingIntent = null, AddressAttempts = 0, Address = null };
        return reply.Build(context.Intent, ReplyOutcome.Fallback, session, context.Trace("address-not-found"));
    }

    private static DialogReply Outside(TurnContext context)
    {
        var reply = context.Reply();
        var name = context.Facts.JurisdictionName;
        reply.Say($"That address doesn't seem to be in {name}, and I only have information for {name}. ",
            $"Esa dirección no parece estar en {name}, y solo tengo información de {name}. ");
        reply.Say("If you live somewhere else, please contact that county's elections office. If you do live here, ",
            "Si vive en otro lugar, comuníquese con la oficina electoral de ese condado. Si vive aquí, ").CallOffice(context.Facts).Say(".");
        reply.SuggestNext(context.Intent);
        var session = context.Session with { PendingIntent = null, AddressAttempts = 0, Address = null };
        return reply.Build(context.Intent, ReplyOutcome.Fallback, session, context.Trace("address-outside"));
    }

    /// <summary>A real address from the feed ("401 N Main St, Millbrook") so the example always fits the county.</summary>
    private static string? Example(ElectionFacts facts)
    {
        var place = facts.Locations.Values.OrderBy(l => l.Id, StringComparer.Ordinal)
            .FirstOrDefault(l => l.Address.City is not null && l.Address.StreetLine.Length > 0);
        return place is null ? null : $"{place.Address.StreetLine}, {place.Address.City}";
    }
}
