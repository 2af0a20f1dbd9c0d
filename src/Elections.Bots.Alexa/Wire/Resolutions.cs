namespace Elections.Bots.Alexa.Wire;

/// <summary>Entity resolution: what Alexa matched the spoken value to, per authority (our slot type, or AlexaEntities).</summary>
public sealed record Resolutions
{
    [JsonPropertyName("resolutionsPerAuthority")]
    public List<Resolution?>? ResolutionsPerAuthority { get; set; }
}
