namespace Elections.Bots.Core.Faq;

/// <summary>What the ranking supports saying.</summary>
public enum FaqDecision
{
    /// <summary>No entry fits well enough to offer; say so and offer help instead.</summary>
    NoMatch,

    /// <summary>Two or three entries fit about equally: offer them as choices.</summary>
    CloseCall,

    /// <summary>One entry clearly fits: answer with it.</summary>
    Confident,
}
