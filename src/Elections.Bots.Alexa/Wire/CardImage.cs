namespace Elections.Bots.Alexa.Wire;

/// <summary>Standard card images: https URLs of at most 2,000 characters each.</summary>
public sealed record CardImage
{
    public const int MaxUrlLength = 2000;

    [JsonPropertyName("smallImageUrl")]
    public string? SmallImageUrl { get; init; }

    [JsonPropertyName("largeImageUrl")]
    public string? LargeImageUrl { get; init; }
}
