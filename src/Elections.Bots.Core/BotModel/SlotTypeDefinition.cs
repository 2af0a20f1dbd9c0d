namespace Elections.Bots.Core.BotModel;

/// <summary>
/// What a slot holds. Built-in types name the platform type on each side. A platform with no built-in for the
/// type gets a custom type of <see cref="Values"/>; with no values either, that platform does not get the slot
/// (Lex has no search-query type: its Lambda reads the transcript instead, so Lex exports skip utterances that
/// use such a slot).
/// </summary>
/// <param name="ValuesAreExamples">
/// True when <see cref="Values"/> only teach the platform what a value looks like: any value is accepted and
/// reaches the engine as the voter said it (Lex <c>OriginalValue</c>). False for a closed list whose values are
/// the canonical words the engine reads (Lex <c>TopResolution</c>).
/// </param>
public sealed record SlotTypeDefinition(
    string Name,
    string? LexBuiltIn,
    string? AlexaBuiltIn,
    ImmutableArray<SlotTypeValue> Values,
    bool ValuesAreExamples = false)
{
    public const string AlexaPostalAddress = "AMAZON.PostalAddress";
    public const string AlexaSearchQuery = "AMAZON.SearchQuery";
    public const string AlexaNumber = "AMAZON.NUMBER";

    /// <summary>
    /// Alexa has a postal-address type; Lex V2 has none (its built-ins stop at street names and cities), so Lex
    /// learns the shape of an address from these examples and hands over what the voter said. The engine parses it.
    /// </summary>
    public static readonly SlotTypeDefinition StreetAddress = new(
        "StreetAddress",
        null,
        AlexaPostalAddress,
        [
            Example("200 Court Street"), Example("14 Elm St Millbrook"), Example("1428 North Main Street Apt 3"),
            Example("37 Heron Lake Road 99964"), Example("9 Oak Ave Eastfield"), Example("1200 West Pine Hollow Drive"),
            Example("55 River Rd Unit 2B Birch Corners"), Example("310 South 4th Street"),
        ],
        ValuesAreExamples: true);

    /// <summary>Alexa requires a carrier phrase around a search query ("ask {Query}") and no other slot beside it.</summary>
    public static readonly SlotTypeDefinition SearchQuery = new("SearchQuery", null, AlexaSearchQuery, []);

    /// <summary>The custom type of <see cref="SlotNames.Language"/>; values are the canonical names the engine reads.</summary>
    public static readonly SlotTypeDefinition LanguageName = new(
        "LanguageName",
        null,
        null,
        [
            new SlotTypeValue(LanguageValues.English, ["inglés", "ingles"]),
            new SlotTypeValue(LanguageValues.Spanish, ["español", "espanol", "castellano"]),
        ]);

    /// <summary>
    /// Alexa's number type, for the Alexa-only Choice intent. Lex gets no such slot: it hands the transcript over
    /// and the engine reads "the second one" itself.
    /// </summary>
    public static readonly SlotTypeDefinition ChoiceNumber = new("ChoiceNumber", null, AlexaNumber, []);

    /// <summary>
    /// Ordinals for the Alexa-only Choice intent: Alexa's number type does not promise to read "the second one",
    /// so a custom type teaches it the words. A value reaches the engine as its English word ("segunda" resolves
    /// to "second"), which the engine's choice reader turns into the number, as it does for typed text.
    /// </summary>
    public static readonly SlotTypeDefinition ChoiceOrdinal = new(
        "ChoiceOrdinal",
        null,
        null,
        [
            new SlotTypeValue("first", ["primero", "primera", "primer"]),
            new SlotTypeValue("second", ["segundo", "segunda"]),
            new SlotTypeValue("third", ["tercero", "tercera", "tercer"]),
            new SlotTypeValue("fourth", ["cuarto", "cuarta"]),
            new SlotTypeValue("fifth", ["quinto", "quinta"]),
        ]);

    public bool IsCustom => LexBuiltIn is null && AlexaBuiltIn is null;

    private static SlotTypeValue Example(string value) => new(value, []);
}
