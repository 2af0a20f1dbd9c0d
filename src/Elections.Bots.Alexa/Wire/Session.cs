namespace Elections.Bots.Alexa.Wire;

public sealed record Session
{
    [JsonPropertyName("new")]
    public bool New { get; init; }

    [JsonPropertyName("sessionId")]
    public string? SessionId { get; init; }

    [JsonPropertyName("application")]
    public Application? Application { get; init; }

    [JsonPropertyName("attributes")]
    public SessionAttributes? Attributes { get; init; }

    [JsonPropertyName("user")]
    public User? User { get; init; }
}
