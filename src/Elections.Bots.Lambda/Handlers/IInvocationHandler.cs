namespace Elections.Bots.Lambda.Handlers;

/// <summary>One function behind the Runtime API loop: an event's UTF-8 JSON in, a response or an error document out.</summary>
public interface IInvocationHandler
{
    /// <param name="cancellationToken">Cancelled shortly before the invocation's deadline, leaving time to answer politely.</param>
    ValueTask<HandlerResult> HandleAsync(ReadOnlyMemory<byte> utf8Event, CancellationToken cancellationToken);
}
