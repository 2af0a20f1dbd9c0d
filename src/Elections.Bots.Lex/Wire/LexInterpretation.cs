namespace Elections.Bots.Lex.Wire;

/// <summary>One of up to five NLU readings of the voter's words, best first.</summary>
public sealed record LexInterpretation
{
    public LexIntent? Intent { get; set; }

    /// <summary>0–1 as a plain number; absent or null for <c>FallbackIntent</c>.</summary>
    public double? NluConfidence { get; set; }

    /// <summary>Present only when the bot has sentiment analysis on.</summary>
    public LexSentimentResponse? SentimentResponse { get; set; }
}
