namespace Elections.Bots.Lex.Wire;

/// <summary>A card of buttons: title required (1–250 chars), subtitle and image URL optional (1–250), 0–5 buttons.</summary>
public sealed record LexImageResponseCard
{
    public required string Title { get; init; }

    public string? Subtitle { get; init; }

    public string? ImageUrl { get; init; }

    public List<LexButton>? Buttons { get; init; }
}
