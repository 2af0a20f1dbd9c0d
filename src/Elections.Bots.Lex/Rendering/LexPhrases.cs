namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// The few words the adapter adds itself: how to pick a choice on each channel, and its own apology when the
/// engine cannot answer. Everything else the voter hears comes from the engine.
/// </summary>
public static class LexPhrases
{
    public static string CardTitle(Locale locale) =>
        locale == Locale.Spanish ? "También puede preguntar" : "You can also ask";

    /// <summary>Room <see cref="TryWritePressChoice"/> needs beyond the label and the key.</summary>
    public const int PressChoiceRoom = 15;

    /// <summary>"For polling place, press 1.", written into <paramref name="destination"/>.</summary>
    public static bool TryWritePressChoice(Span<char> destination, Locale locale, ReadOnlySpan<char> label, string key, out int written) =>
        locale == Locale.Spanish
            ? destination.TryWrite($"Para {label}, oprima {key}.", out written)
            : destination.TryWrite($"For {label}, press {key}.", out written);

    public static string Apology(Locale locale) =>
        locale == Locale.Spanish
            ? "Lo siento, algo falló de mi lado y no puedo responder ahora."
            : "Sorry, something went wrong on my side and I can't answer right now.";

    public static string CallOffice(Locale locale) =>
        locale == Locale.Spanish ? "Llame a la oficina de elecciones al" : "Please call the elections office at";

    public static string ContactOffice(Locale locale) =>
        locale == Locale.Spanish
            ? "Comuníquese con la oficina de elecciones de su condado."
            : "Please contact your county elections office.";
}
