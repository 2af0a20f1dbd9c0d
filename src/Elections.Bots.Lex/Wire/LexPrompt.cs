namespace Elections.Bots.Lex.Wire;

public sealed record LexPrompt
{
    /// <summary><c>Initial</c>, then <c>Retry1</c>…<c>Retry5</c> as Lex re-asks.</summary>
    public string? Attempt { get; set; }
}
