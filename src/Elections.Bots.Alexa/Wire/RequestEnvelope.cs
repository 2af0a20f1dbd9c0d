namespace Elections.Bots.Alexa.Wire;

/// <summary>
/// What Alexa sends for every request. Every member is optional: test consoles send <c>"context": null</c>,
/// out-of-session requests have no session, and Alexa adds fields without bumping <see cref="Version"/>.
/// </summary>
public sealed record RequestEnvelope
{
    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("session")]
    public Session? Session { get; set; }

    [JsonPropertyName("context")]
    public Context? Context { get; set; }

    [JsonPropertyName("request")]
    public AlexaRequest? Request { get; set; }
}
