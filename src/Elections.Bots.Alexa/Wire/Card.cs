namespace Elections.Bots.Alexa.Wire;

/// <summary>
/// A card for the Alexa app and screen devices. The field that holds the body depends on the type: a Simple card
/// uses <see cref="Content"/>, a Standard card <see cref="Text"/>; an AskForPermissionsConsent card holds only
/// <see cref="Permissions"/>.
/// </summary>
public sealed record Card
{
    public const string SimpleType = "Simple";
    public const string StandardType = "Standard";
    public const string LinkAccountType = "LinkAccount";
    public const string AskForPermissionsConsentType = "AskForPermissionsConsent";

    /// <summary>All text in a card (title, body, image URLs) must stay within 8,000 characters.</summary>
    public const int MaxTotalLength = 8000;

    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("content")]
    public string? Content { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("image")]
    public CardImage? Image { get; init; }

    [JsonPropertyName("permissions")]
    public IReadOnlyList<string>? Permissions { get; init; }
}
