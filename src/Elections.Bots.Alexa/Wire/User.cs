namespace Elections.Bots.Alexa.Wire;

public sealed record User
{
    [JsonPropertyName("userId")]
    public string? UserId { get; init; }

    [JsonPropertyName("permissions")]
    public Permissions? Permissions { get; init; }
}
