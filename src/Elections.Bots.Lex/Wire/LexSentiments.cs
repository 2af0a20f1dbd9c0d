namespace Elections.Bots.Lex.Wire;

/// <summary>Amazon Comprehend's labels, upper case on the wire.</summary>
public static class LexSentiments
{
    public const string Positive = "POSITIVE";
    public const string Negative = "NEGATIVE";
    public const string Neutral = "NEUTRAL";
    public const string Mixed = "MIXED";
}
