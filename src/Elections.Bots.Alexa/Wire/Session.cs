namespace Elections.Bots.Alexa.Wire;

public sealed record Session
{
    [JsonPropertyName("new")]
    public bool New { get; set; }

    [JsonPropertyName("sessionId")]
    public string? SessionId { get; set; }

    [JsonPropertyName("application")]
    public Application? Application { get; set; }

    [JsonPropertyName("attributes")]
    public SessionAttributes? Attributes { get; set; }

    [JsonPropertyName("user")]
    public User? User { get; set; }
}
