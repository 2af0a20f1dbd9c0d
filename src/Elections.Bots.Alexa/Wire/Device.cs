namespace Elections.Bots.Alexa.Wire;

/// <summary><c>supportedInterfaces</c> is not read: every answer carries a Simple card, which every device ignores or shows.</summary>
public sealed record Device
{
    [JsonPropertyName("deviceId")]
    public string? DeviceId { get; set; }
}
