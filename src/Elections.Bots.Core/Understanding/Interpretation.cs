using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Core.Understanding;

/// <summary>
/// What the local NLU understood from typed text: an intent from <see cref="BotModel.IntentNames"/>, its slots
/// and a 0–1 confidence. <see cref="BotModel.IntentNames.AskQuestion"/> with a Query slot means "rank this
/// against the FAQ".
/// </summary>
/// <param name="Locale">
/// The language the text is written in. It differs from the turn's only when the text is clearly in the other
/// language ("¿dónde voto?" typed into the English bot); the engine decides whether to switch.
/// </param>
public sealed record Interpretation(string Intent, IReadOnlyDictionary<string, string> Slots, double Confidence, Locale Locale)
{
    /// <summary>The FAQ entry the voter picked from numbered choices ("2"), when they did.</summary>
    public string? FaqId { get; init; }

    /// <summary>
    /// The voter asked whom or what to vote for. The intent is then Fallback; the engine should say the office
    /// cannot make recommendations rather than "I didn't understand".
    /// </summary>
    public bool AsksForRecommendation { get; init; }

    public string? Slot(string name) => Slots.TryGetValue(name, out var value) ? value : null;

    /// <summary>The turn with this intent, these slots and this confidence; its locale is left to the engine.</summary>
    public DialogTurn ApplyTo(DialogTurn turn) =>
        turn with { Intent = Intent, Slots = Slots, IntentConfidence = Confidence };
}
