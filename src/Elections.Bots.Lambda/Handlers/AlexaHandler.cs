using Elections.Bots.Alexa;
using Elections.Bots.Alexa.DeviceAddress;
using Elections.Bots.Lambda.Composition;

namespace Elections.Bots.Lambda.Handlers;

/// <summary>The Alexa skill endpoint. A refused request (another skill's, or not Alexa's) becomes a function error.</summary>
public sealed class AlexaHandler(AlexaFunction function) : IInvocationHandler
{
    public static AlexaHandler Create(FunctionServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new AlexaOptions { SkillId = services.Settings.AlexaSkillId! };
        return new AlexaHandler(new AlexaFunction(services.Engine, options, new DeviceAddressClient(services.Outbound)));
    }

    public async ValueTask<HandlerResult> HandleAsync(ReadOnlyMemory<byte> utf8Event, CancellationToken cancellationToken)
    {
        var result = await function.InvokeAsync(utf8Event, cancellationToken).ConfigureAwait(false);
        return result.Refusal is { } refusal
            ? new HandlerResult(result.Body, refusal.ErrorType)
            : new HandlerResult(result.Body, Trace: result.Reply?.Trace, Outcome: result.Reply?.Outcome);
    }
}
