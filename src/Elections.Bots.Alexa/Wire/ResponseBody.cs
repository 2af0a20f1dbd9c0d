namespace Elections.Bots.Alexa.Wire;

public sealed record ResponseBody
{
    [JsonPropertyName("outputSpeech")]
    public OutputSpeech? OutputSpeech { get; init; }

    [JsonPropertyName("card")]
    public Card? Card { get; init; }

    /// <summary>Said when the voter stays silent while the microphone is open; only with a session that stays open.</summary>
    [JsonPropertyName("reprompt")]
    public Reprompt? Reprompt { get; init; }

    [JsonPropertyName("directives")]
    public IReadOnlyList<Directive>? Directives { get; init; }

    /// <summary>true ends the session; false keeps the microphone open for a follow-up.</summary>
    [JsonPropertyName("shouldEndSession")]
    public bool? ShouldEndSession { get; init; }

    /// <summary>Only in answer to a CanFulfillIntentRequest.</summary>
    [JsonPropertyName("canFulfillIntent")]
    public CanFulfillIntent? CanFulfillIntent { get; init; }
}
