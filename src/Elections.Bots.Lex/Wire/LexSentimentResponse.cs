namespace Elections.Bots.Lex.Wire;

public sealed record LexSentimentResponse
{
    /// <summary><see cref="LexSentiments"/>.</summary>
    public string? Sentiment { get; set; }
}
