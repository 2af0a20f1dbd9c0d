namespace Elections.Bots.Alexa.Wire;

/// <summary>The newer slot value form: <c>Simple</c> (one value) or <c>List</c> (multi-value slots, in <see cref="Values"/>).</summary>
public sealed record SlotValue
{
    public const string SimpleType = "Simple";

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("value")]
    public string? Value { get; set; }

    [JsonPropertyName("resolutions")]
    public Resolutions? Resolutions { get; set; }

    [JsonPropertyName("values")]
    public List<SlotValue?>? Values { get; set; }
}
