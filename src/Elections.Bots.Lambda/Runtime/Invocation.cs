namespace Elections.Bots.Lambda.Runtime;

/// <summary>One event from <c>/next</c>; its body is in the loop's <see cref="EventBuffer"/>.</summary>
/// <param name="DeadlineMs">Unix epoch milliseconds at which Lambda stops the invocation; null when not sent.</param>
public readonly record struct Invocation(
    string RequestId,
    long? DeadlineMs,
    string? TraceId,
    string? InvocationId,
    EventProblem Problem = EventProblem.None);
