namespace Elections.Bots.Alexa.Wire;

/// <summary>What the skill returns. Null members are left out on the wire (Alexa misreads some explicit nulls).</summary>
public sealed record ResponseEnvelope
{
    public const string CurrentVersion = "1.0";

    [JsonPropertyName("version")]
    public string Version { get; init; } = CurrentVersion;

    /// <summary>Sent back by Alexa on the next request of the same session.</summary>
    [JsonPropertyName("sessionAttributes")]
    public SessionAttributes? SessionAttributes { get; init; }

    [JsonPropertyName("response")]
    public ResponseBody Response { get; init; } = new();
}
