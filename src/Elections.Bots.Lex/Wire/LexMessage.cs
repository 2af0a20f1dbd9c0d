namespace Elections.Bots.Lex.Wire;

public sealed record LexMessage
{
    /// <summary><see cref="LexContentTypes"/>.</summary>
    public required string ContentType { get; init; }

    /// <summary>1–1,024 characters, for PlainText, SSML and CustomPayload.</summary>
    public string? Content { get; init; }

    public LexImageResponseCard? ImageResponseCard { get; init; }
}
