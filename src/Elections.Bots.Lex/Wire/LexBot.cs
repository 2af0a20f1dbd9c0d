namespace Elections.Bots.Lex.Wire;

public sealed record LexBot
{
    /// <summary>Underscore form: <c>en_US</c>, <c>es_US</c>.</summary>
    public string? LocaleId { get; set; }
}
