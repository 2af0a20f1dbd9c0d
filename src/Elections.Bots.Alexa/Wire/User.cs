namespace Elections.Bots.Alexa.Wire;

public sealed record User
{
    [JsonPropertyName("userId")]
    public string? UserId { get; set; }

    [JsonPropertyName("permissions")]
    public Permissions? Permissions { get; set; }
}
