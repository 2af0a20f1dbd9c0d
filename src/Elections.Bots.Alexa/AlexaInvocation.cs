namespace Elections.Bots.Alexa;

/// <summary>
/// The result of one invocation: an Alexa response, or a refusal whose <see cref="Body"/> is a Lambda error
/// document (<c>errorType</c>, <c>errorMessage</c>) that Alexa never speaks.
/// </summary>
/// <param name="Body">UTF-8 JSON, positioned at 0.</param>
public sealed record AlexaInvocation(MemoryStream Body, AlexaRefusal? Refusal = null)
{
    public bool IsRefused => Refusal is not null;
}
