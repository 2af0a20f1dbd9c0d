namespace Elections.Bots.Core.Dialog;

/// <summary>The channel's sentiment reading of the voter's words, when it gives one.</summary>
public enum Sentiment
{
    Unknown,
    Positive,
    Neutral,
    Mixed,
    Negative,
}
