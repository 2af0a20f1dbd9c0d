namespace Elections.Bots.Alexa.Wire;

/// <summary>The wire nests each match one level deeper: <c>values: [ { "value": { name, id } } ]</c>.</summary>
public sealed record ResolutionValueWrapper
{
    [JsonPropertyName("value")]
    public ResolutionValue? Value { get; set; }
}
