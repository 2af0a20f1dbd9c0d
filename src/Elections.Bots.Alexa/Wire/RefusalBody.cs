namespace Elections.Bots.Alexa.Wire;

/// <summary>
/// The body of a refused request, shaped like a Lambda error document so the runtime loop can post it to the
/// invocation's <c>/error</c> endpoint as is. It is not an Alexa response: Alexa never speaks it.
/// </summary>
public sealed record RefusalBody
{
    [JsonPropertyName("errorType")]
    public required string ErrorType { get; init; }

    [JsonPropertyName("errorMessage")]
    public required string ErrorMessage { get; init; }
}
