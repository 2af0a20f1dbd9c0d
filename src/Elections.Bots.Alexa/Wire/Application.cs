namespace Elections.Bots.Alexa.Wire;

public sealed record Application
{
    /// <summary>The skill id (<c>amzn1.ask.skill.…</c>) the request was sent for.</summary>
    [JsonPropertyName("applicationId")]
    public string? ApplicationId { get; set; }
}
