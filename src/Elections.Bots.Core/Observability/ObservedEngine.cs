using System.Runtime.CompilerServices;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Core.Observability;

/// <summary>
/// The dialog engine with per-turn telemetry around it, in the engine's own shape, so both channel functions
/// take it where they took the engine: <c>new LexFunction(observed.HandleAsync, …)</c>. It is the one place that
/// sees the turn (channel, the voter's words) and the reply together; the words leave it only redacted.
/// </summary>
public sealed class ObservedEngine(Func<DialogTurn, CancellationToken, ValueTask<DialogReply>> engine, TurnTelemetry telemetry)
{
    public ObservedEngine(DialogEngine engine, TurnTelemetry telemetry)
        : this(EngineHandler(engine), telemetry)
    {
    }

    // Pooled: a turn that really awaits the store (a cache miss) reuses a state machine instead of allocating one.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<DialogReply> HandleAsync(DialogTurn turn, CancellationToken cancellationToken)
    {
        var start = telemetry.Start();
        DialogReply reply;
        try
        {
            reply = await engine(turn, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            telemetry.Complete(start, turn, null, error);
            throw;
        }
        telemetry.Complete(start, turn, reply);
        return reply;
    }

    private static Func<DialogTurn, CancellationToken, ValueTask<DialogReply>> EngineHandler(DialogEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return engine.HandleAsync;
    }
}
