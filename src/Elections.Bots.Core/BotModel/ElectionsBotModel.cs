namespace Elections.Bots.Core.BotModel;

/// <summary>
/// The bot's intents, slots and sample utterances: the single source the Lex and Alexa exports and the local
/// NLU are built from.
/// </summary>
public static class ElectionsBotModel
{
    public static readonly SlotDefinition Address = new(
        SlotNames.Address,
        SlotTypeDefinition.StreetAddress,
        Required: false,
        new Localized<string>(
            "What is your street address? Please include the house number and the town or ZIP code.",
            "¿Cuál es su dirección? Incluya el número de casa y el pueblo o el código postal."),
        new Localized<ImmutableArray<string>>(
            ["I live at", "live at", "my address is", "address is", "for", "near", "to"],
            ["vivo en", "mi dirección es", "dirección es", "para", "cerca de", "a"]));

    public static readonly SlotDefinition Query = new(
        SlotNames.Query,
        SlotTypeDefinition.SearchQuery,
        Required: false,
        new Localized<string>("What would you like to know?", "¿Qué le gustaría saber?"),
        new Localized<ImmutableArray<string>>(
            ["I have a question about", "question about", "ask about", "ask", "I want to ask about", "I want to ask",
             "tell me about", "I'd like to know", "can you tell me", "what about", "question", "I need information about"],
            ["tengo una pregunta sobre", "pregunta sobre", "pregunta", "quiero preguntar sobre", "quiero preguntar",
             "quiero saber", "háblame de", "me puede decir", "información sobre", "qué hay de",
             "necesito información sobre", "una pregunta"]));

    public static readonly SlotDefinition Language = new(
        SlotNames.Language,
        SlotTypeDefinition.LanguageName,
        Required: false,
        new Localized<string>("Would you like English or Spanish?", "¿Prefiere inglés o español?"),
        // Recognized by its values, wherever it stands ("Spanish please", "en español"): no carriers needed.
        new Localized<ImmutableArray<string>>([], []));

    public static readonly SlotDefinition Number = new(
        SlotNames.Number,
        SlotTypeDefinition.ChoiceNumber,
        Required: false,
        new Localized<string>("Which number would you like?", "¿Qué número quiere?"),
        new Localized<ImmutableArray<string>>(
            ["number", "option", "choice", "the", "option number"],
            ["número", "opción", "la", "el", "el número", "la opción"]));

    public static readonly SlotDefinition Ordinal = new(
        SlotNames.Ordinal,
        SlotTypeDefinition.ChoiceOrdinal,
        Required: false,
        new Localized<string>("Which number would you like?", "¿Qué número quiere?"),
        new Localized<ImmutableArray<string>>(["the"], ["la", "el"]));

    public static readonly ImmutableArray<SlotTypeDefinition> SlotTypes =
    [
        SlotTypeDefinition.StreetAddress, SlotTypeDefinition.SearchQuery, SlotTypeDefinition.LanguageName, SlotTypeDefinition.ChoiceNumber,
        SlotTypeDefinition.ChoiceOrdinal,
    ];

    public static readonly ImmutableArray<IntentDefinition> Intents =
    [
        Intent(IntentNames.Welcome, [], EnglishUtterances.Welcome, SpanishUtterances.Welcome),
        Intent(IntentNames.NextElection, [], EnglishUtterances.NextElection, SpanishUtterances.NextElection),
        Intent(IntentNames.ElectionHours, [], EnglishUtterances.ElectionHours, SpanishUtterances.ElectionHours),
        Intent(IntentNames.RegistrationDeadline, [], EnglishUtterances.RegistrationDeadline, SpanishUtterances.RegistrationDeadline),
        Intent(IntentNames.RegistrationStatus, [], EnglishUtterances.RegistrationStatus, SpanishUtterances.RegistrationStatus),
        Intent(IntentNames.PollingPlace, [Address], EnglishUtterances.PollingPlace, SpanishUtterances.PollingPlace),
        Intent(IntentNames.EarlyVoting, [Address], EnglishUtterances.EarlyVoting, SpanishUtterances.EarlyVoting),
        Intent(IntentNames.MailBallot, [], EnglishUtterances.MailBallot, SpanishUtterances.MailBallot),
        Intent(IntentNames.DropBoxes, [Address], EnglishUtterances.DropBoxes, SpanishUtterances.DropBoxes),
        Intent(IntentNames.ContactOffice, [], EnglishUtterances.ContactOffice, SpanishUtterances.ContactOffice),
        Intent(IntentNames.AskQuestion, [Query], EnglishUtterances.AskQuestion, SpanishUtterances.AskQuestion),
        Intent(IntentNames.HandOff, [], EnglishUtterances.HandOff, SpanishUtterances.HandOff),
        Intent(IntentNames.ChangeLanguage, [Language], EnglishUtterances.ChangeLanguage, SpanishUtterances.ChangeLanguage),
        Intent(IntentNames.Help, [], EnglishUtterances.Help, SpanishUtterances.Help) with { AlexaBuiltIn = "AMAZON.HelpIntent" },
        Intent(IntentNames.Stop, [], EnglishUtterances.Stop, SpanishUtterances.Stop) with { AlexaBuiltIn = "AMAZON.StopIntent" },
        Intent(IntentNames.Cancel, [], EnglishUtterances.Cancel, SpanishUtterances.Cancel) with { AlexaBuiltIn = "AMAZON.CancelIntent" },
        // Neither platform takes samples for its fallback intent: these teach only the local NLU what noise looks like.
        Intent(IntentNames.Fallback, [], EnglishUtterances.Fallback, SpanishUtterances.Fallback) with
        {
            AlexaBuiltIn = "AMAZON.FallbackIntent",
            LexParentSignature = "AMAZON.FallbackIntent",
            ExportsUtterances = false,
        },
        Intent(IntentNames.Choice, [Number, Ordinal], EnglishUtterances.Choice, SpanishUtterances.Choice) with { AlexaOnly = true },
    ];

    public static IntentDefinition? Find(string? name)
    {
        foreach (var intent in Intents)
        {
            if (intent.Name == name) return intent;
        }
        return null;
    }

    private static IntentDefinition Intent(
        string name, ImmutableArray<SlotDefinition> slots, ImmutableArray<string> english, ImmutableArray<string> spanish) =>
        new(name, slots, new Localized<ImmutableArray<string>>(english, spanish));
}
