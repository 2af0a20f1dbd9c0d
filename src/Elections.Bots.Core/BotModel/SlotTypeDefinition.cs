namespace Elections.Bots.Core.BotModel;

/// <summary>
/// What a slot holds. Built-in types name the platform type on each side; a <see langword="null"/> platform
/// type means that platform does not get the slot (Lex has no search-query type: its Lambda reads the
/// transcript instead, so Lex exports skip utterances that use such a slot). Custom types list their values.
/// </summary>
public sealed record SlotTypeDefinition(
    string Name,
    string? LexBuiltIn,
    string? AlexaBuiltIn,
    ImmutableArray<SlotTypeValue> Values)
{
    public const string LexStreetAddress = "AMAZON.StreetAddress";
    public const string AlexaPostalAddress = "AMAZON.PostalAddress";
    public const string AlexaSearchQuery = "AMAZON.SearchQuery";

    public static readonly SlotTypeDefinition StreetAddress = new("StreetAddress", LexStreetAddress, AlexaPostalAddress, []);

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

    public bool IsCustom => LexBuiltIn is null && AlexaBuiltIn is null;
}
