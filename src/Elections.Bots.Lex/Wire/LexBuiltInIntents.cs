namespace Elections.Bots.Lex.Wire;

public static class LexBuiltInIntents
{
    /// <summary>Every Lex V2 locale has it; Lex picks it when no intent matches.</summary>
    public const string Fallback = "FallbackIntent";
}
