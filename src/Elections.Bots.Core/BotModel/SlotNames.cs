namespace Elections.Bots.Core.BotModel;

/// <summary>Slot names shared by the bot model, the engine and both channels.</summary>
public static class SlotNames
{
    /// <summary>The voter's street address (house number, street, and town or ZIP).</summary>
    public const string Address = "Address";

    /// <summary>A free-text question (Alexa <c>AMAZON.SearchQuery</c>; Lex takes the transcript).</summary>
    public const string Query = "Query";

    /// <summary>The language asked for in ChangeLanguage ("Spanish", "español", "English").</summary>
    public const string Language = "Language";

    /// <summary>The number of a choice the voter picks (Alexa <c>AMAZON.NUMBER</c>: "two" arrives as "2").</summary>
    public const string Number = "Number";

    /// <summary>The same pick said as an ordinal ("the second one", "la segunda"), as the voter said it.</summary>
    public const string Ordinal = "Ordinal";
}
