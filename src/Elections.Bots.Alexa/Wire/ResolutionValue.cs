namespace Elections.Bots.Alexa.Wire;

public sealed record ResolutionValue
{
    /// <summary>The canonical value of the slot type entry ("Spanish" for "español").</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }
}
