using Elections.Bots.Lambda.Runtime;

namespace Elections.Bots.Lambda.Logging;

/// <summary>What the log line says about one invocation: ids, outcome and timings, nothing the voter said.</summary>
public readonly record struct InvocationRecord(
    string RequestId,
    string Handler,
    string? ErrorType,
    ReplyOutcome? Outcome,
    AnswerTrace? Trace,
    PostStatus Post,
    int EventBytes,
    double HandlerMs,
    double TotalMs);
