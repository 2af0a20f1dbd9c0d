namespace Elections.Bots.Alexa.Wire;

public sealed record Resolution
{
    /// <summary><c>amzn1.er-authority.echo-sdk.&lt;skillId&gt;.&lt;SlotType&gt;</c> or <c>AlexaEntities</c>.</summary>
    [JsonPropertyName("authority")]
    public string? Authority { get; set; }

    [JsonPropertyName("status")]
    public ResolutionStatus? Status { get; set; }

    /// <summary>Best match first; absent on ER_SUCCESS_NO_MATCH.</summary>
    [JsonPropertyName("values")]
    public List<ResolutionValueWrapper?>? Values { get; set; }
}
