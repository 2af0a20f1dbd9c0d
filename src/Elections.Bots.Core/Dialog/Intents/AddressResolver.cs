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
        var text = AddressText(context);
        if (text is null)
        {
            return elicitWhenMissing
                ? new AddressResolution(null, null, AskForAddress(context, retry: false), false)
                : AddressResolution.Missing;
        }

        if (!AddressParser.TryParse(text, out var parsed))
        {
            return new AddressResolution(null, null, Unusable(context), false);
        }
        var match = await StreetSegmentMatcher.MatchAsync(parsed, context.Facts, context.Store, context.CancellationToken);
        return match.Status switch
        {
            AddressMatchStatus.Matched when match.Precinct is not null => new AddressResolution(match.Precinct, text, null, false),
            AddressMatchStatus.NeedsZipOrCity => Clarify(context, text,
                $"{Street(parsed)} is in more than one town. What is your ZIP code?",
                $"{Street(parsed)} está en más de un pueblo. ¿Cuál es su código postal?", match.Options, keepAddress: true),
            AddressMatchStatus.NeedsDirectional => Clarify(context, text,
                "Which one is it? Please say your full address again with the direction, like North or South.",
                "¿Cuál es? Por favor, diga su dirección completa otra vez con la dirección, como Norte o Sur.", match.Options, keepAddress: false),
            AddressMatchStatus.NeedsUnit => Clarify(context, text,
                "Your building is split between precincts. What is your apartment or unit number?",
                "Su edificio está dividido entre precintos. ¿Cuál es su número de apartamento o unidad?", [], keepAddress: true),
            AddressMatchStatus.NeedsHouseNumber => Clarify(context, text,
                $"What is your house number on {Street(parsed)}?",
                $"¿Cuál es el número de su casa en {Street(parsed)}?", [], keepAddress: true),
            AddressMatchStatus.OutsideJurisdiction => new AddressResolution(null, null, Outside(context), false),
            _ => new AddressResolution(null, null, Unusable(context), false),
        };
    }

    /// <summary>
    /// The address to use: this turn's slot (completed with the earlier partial address when the voter is
    /// answering our clarifying question), else the one given earlier in the conversation.
    /// </summary>
    private static string? AddressText(TurnContext context)
    {
        var slot = context.Slot(SlotNames.Address);
        var session = context.Session;
        if (slot is null) return session.PendingIntent is null ? session.Address : null;
        if (session.PendingIntent is null || session.Address is null) return slot;

        var trimmed = slot.Trim();
        var digits = trimmed.All(char.IsAsciiDigit);
        if (digits && trimmed.Length == 5) return $"{session.Address} {trimmed}";
        if (digits && trimmed.Length is > 0 and < 5 && !StartsWithNumber(session.Address)) return $"{trimmed} {session.Address}";
        if (!StartsWithNumber(trimmed) && trimmed.Split(' ').Length <= 3) return $"{session.Address}, {trimmed}";
        return slot;
    }

    private static bool StartsWithNumber(string text) => text.Length > 0 && char.IsAsciiDigit(text[0]);

    private static string Street(ParsedAddress parsed) =>
        StreetWords.Display(string.Join(' ', new[] { parsed.PreDirectional, parsed.StreetName, parsed.StreetSuffix, parsed.PostDirectional }.OfType<string>()));

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
        TurnContext context, string text, string english, string spanish, ImmutableArray<string> options, bool keepAddress)
    {
        var reply = context.Reply();
        reply.Say(english, spanish);
        if (!options.IsDefaultOrEmpty)
        {
            var shown = string.Join(reply.T(" or ", " o "), options.Select(StreetWords.Display));
            reply.Say(reply.T(" It could be ", " Puede ser ")).Say(shown).Say(".");
        }
        var session = context.Session with { PendingIntent = context.Intent, Address = keepAddress ? text : null };
        var built = reply.Build(context.Intent, ReplyOutcome.Elicited, session, context.Trace("address-clarify"),
            reply.T("Your address", "Su dirección")) with { ElicitSlot = SlotNames.Address };
        return new AddressResolution(null, null, built, false);
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
