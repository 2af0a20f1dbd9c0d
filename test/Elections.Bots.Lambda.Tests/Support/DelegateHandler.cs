using Elections.Bots.Lambda.Handlers;

namespace Elections.Bots.Lambda.Tests.Support;

/// <summary>A function whose behaviour each test writes in a line.</summary>
internal sealed class DelegateHandler(Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask<HandlerResult>> handle) : IInvocationHandler
{
    public ValueTask<HandlerResult> HandleAsync(ReadOnlyMemory<byte> utf8Event, CancellationToken cancellationToken) => handle(utf8Event, cancellationToken);

    /// <summary>Answers every event with the event itself.</summary>
    public static DelegateHandler Echo() => new((utf8, _) => ValueTask.FromResult(new HandlerResult(utf8.ToArray())));
}
