using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa;

/// <summary>
/// The result of one invocation: an Alexa response, or a refusal whose <see cref="Body"/> is a Lambda error
/// document (<c>errorType</c>, <c>errorMessage</c>) that Alexa never speaks.
/// </summary>
/// <param name="Body">UTF-8 JSON.</param>
/// <param name="Reply">The engine's reply when the engine was asked, for the per-turn log line (its trace holds ids only).</param>
public sealed record AlexaInvocation(byte[] Body, AlexaRefusal? Refusal = null, DialogReply? Reply = null)
{
    public bool IsRefused => Refusal is not null;

    public Stream OpenRead() => new MemoryStream(Body, writable: false);
}
