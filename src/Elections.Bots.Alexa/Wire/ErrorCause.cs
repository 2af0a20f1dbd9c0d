namespace Elections.Bots.Alexa.Wire;

public sealed record ErrorCause
{
    [JsonPropertyName("requestId")]
    public string? RequestId { get; set; }
}
