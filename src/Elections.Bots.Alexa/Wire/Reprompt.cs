namespace Elections.Bots.Alexa.Wire;

public sealed record Reprompt
{
    [JsonPropertyName("outputSpeech")]
    public required OutputSpeech OutputSpeech { get; init; }
}
