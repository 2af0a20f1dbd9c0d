namespace Elections.Bots.Lex.Wire;

public sealed record LexBot
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary>Underscore form: <c>en_US</c>, <c>es_US</c>.</summary>
    public string? LocaleId { get; init; }

    public string? Version { get; init; }

    public string? AliasId { get; init; }

    public string? AliasName { get; init; }
}
