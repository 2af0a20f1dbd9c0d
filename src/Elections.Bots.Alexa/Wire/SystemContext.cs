namespace Elections.Bots.Alexa.Wire;

public sealed record SystemContext
{
    [JsonPropertyName("application")]
    public Application? Application { get; set; }

    [JsonPropertyName("user")]
    public User? User { get; set; }

    [JsonPropertyName("device")]
    public Device? Device { get; set; }

    /// <summary>Region-specific Alexa API base (<c>https://api.eu.amazonalexa.com</c>); always call this one.</summary>
    [JsonPropertyName("apiEndpoint")]
    public string? ApiEndpoint { get; set; }

    /// <summary>A short-lived bearer token for the Alexa APIs (Device Address); never logged.</summary>
    [JsonPropertyName("apiAccessToken")]
    public string? ApiAccessToken { get; set; }
}
