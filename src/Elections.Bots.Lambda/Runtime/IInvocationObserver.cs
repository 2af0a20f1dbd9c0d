namespace Elections.Bots.Lambda.Runtime;

/// <summary>
/// The two moments of an invocation per-turn telemetry needs from the loop: which invocation is running (the turn
/// log names it), and that its response is posted (work that must not delay the voter, but must end before
/// the next <c>/next</c>, when Lambda may freeze the container).
/// </summary>
public interface IInvocationObserver
{
    void Started(string requestId);

    /// <param name="failed">The invocation was reported to <c>/error</c>.</param>
    ValueTask PostedAsync(bool failed, CancellationToken cancellationToken);
}
