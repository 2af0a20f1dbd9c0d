using Elections.Bots.Core;

namespace Elections.Bots.Alexa.Rendering;

/// <summary>
/// The few things only the Alexa adapter can say, because they are about Alexa itself (its app, its
/// permission card, its silence timeout). Everything about elections comes from the engine.
/// </summary>
public static class AlexaPhrases
{
    public static string AddressPermission(Locale locale) => locale == Locale.Spanish
        ? "Si quiere, puedo usar la dirección de este dispositivo: permítalo en la tarjeta que envié a su aplicación Alexa. "
        : "If you like, I can use this device's address: allow it on the card I sent to your Alexa app. ";

    /// <summary>Said after a few seconds of silence, when the voter has had an answer and may ask more.</summary>
    public static string FollowUp(Locale locale) => locale == Locale.Spanish
        ? "¿Qué más le gustaría saber?"
        : "What else would you like to know?";

    /// <summary>Leads the follow-ups offered after <see cref="FollowUp"/>: "You can ask about: A, B or C."</summary>
    public static string YouCanAsk(Locale locale) => locale == Locale.Spanish ? " Puede preguntar: " : " You can ask: ";

    public static string Or(Locale locale) => locale == Locale.Spanish ? " o " : " or ";

    /// <summary>Only when the engine itself failed: it normally turns failures into a reply with the office's phone.</summary>
    public static string Apology(Locale locale) => locale == Locale.Spanish
        ? "Lo siento, no puedo responder en este momento. Inténtelo de nuevo en unos minutos."
        : "Sorry, I can't answer right now. Please try again in a few minutes.";

    public static string CardTitle(Locale locale) => locale == Locale.Spanish ? "Información electoral" : "Election information";
}
