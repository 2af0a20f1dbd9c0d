namespace Elections.Bots.Lambda.Runtime;

/// <summary>Header names of the Lambda Runtime API (case-insensitive on the wire).</summary>
public static class RuntimeApiHeaders
{
    public const string RequestId = "Lambda-Runtime-Aws-Request-Id";
    public const string DeadlineMs = "Lambda-Runtime-Deadline-Ms";
    public const string FunctionArn = "Lambda-Runtime-Invoked-Function-Arn";
    public const string TraceId = "Lambda-Runtime-Trace-Id";

    /// <summary>Echoed on /response and /error when present; a stale answer then gets 410 Gone.</summary>
    public const string InvocationId = "Lambda-Runtime-Invocation-Id";

    public const string ErrorType = "Lambda-Runtime-Function-Error-Type";

    public const string ErrorContentType = "application/vnd.aws.lambda.error+json";
    public const string JsonContentType = "application/json";
}
