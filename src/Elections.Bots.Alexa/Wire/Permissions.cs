namespace Elections.Bots.Alexa.Wire;

/// <summary>
/// Present once the voter has granted the skill a permission. <c>consentToken</c> is deprecated as a credential
/// (calls use <c>apiAccessToken</c>) but its presence is still how Alexa tells a skill that consent exists.
/// </summary>
public sealed record Permissions
{
    [JsonPropertyName("consentToken")]
    public string? ConsentToken { get; set; }
}
