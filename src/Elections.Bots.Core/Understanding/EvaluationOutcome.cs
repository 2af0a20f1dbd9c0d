namespace Elections.Bots.Core.Understanding;

/// <summary>What the bot did with an evaluation question.</summary>
public enum EvaluationOutcome
{
    /// <summary>It gave one answer (a structured intent or a confident FAQ entry).</summary>
    Answered,

    /// <summary>It offered two or three FAQ entries to choose from.</summary>
    Choices,

    /// <summary>It said it could not answer (fallback, no FAQ match).</summary>
    NoAnswer,
}
