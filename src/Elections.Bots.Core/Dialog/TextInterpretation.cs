namespace Elections.Bots.Core.Dialog;

/// <summary>An intent read from text, with its slots and how sure the reader is (0–1).</summary>
public sealed record TextInterpretation(string Intent, IReadOnlyDictionary<string, string> Slots, double Confidence)
{
    /// <summary>The language the text is written in, when it is clearly not the turn's ("¿dónde voto?" to the English bot).</summary>
    public Locale? TextLocale { get; init; }

    /// <summary>An FAQ entry picked from the offered choices with words ("the second one").</summary>
    public string? ChosenFaqId { get; init; }

    /// <summary>The voter asked whom or what to vote for: the answer must be a neutral refusal, not "I didn't understand".</summary>
    public bool AsksForRecommendation { get; init; }
}
