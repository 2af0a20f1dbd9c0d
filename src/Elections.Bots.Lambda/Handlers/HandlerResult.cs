namespace Elections.Bots.Lambda.Handlers;

/// <summary>
/// What the loop posts: <see cref="Body"/> to <c>/response</c>, or, when <see cref="ErrorType"/> is set, to
/// <c>/error</c> (the body is then a Lambda error document). <see cref="Trace"/> feeds the per-invocation log line.
/// </summary>
public readonly record struct HandlerResult(ReadOnlyMemory<byte> Body, string? ErrorType = null, AnswerTrace? Trace = null, ReplyOutcome? Outcome = null)
{
    public bool IsError => ErrorType is not null;
}
