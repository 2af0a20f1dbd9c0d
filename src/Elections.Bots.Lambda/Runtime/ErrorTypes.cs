namespace Elections.Bots.Lambda.Runtime;

/// <summary><c>Lambda-Runtime-Function-Error-Type</c> values the loop itself reports (<c>category.reason</c>).</summary>
public static class ErrorTypes
{
    public const string InvalidConfiguration = "Runtime.InvalidConfiguration";
    public const string InitFailed = "Runtime.InitFailed";
    public const string EventTooLarge = "Runtime.EventTooLarge";
    public const string EventUnreadable = "Runtime.EventUnreadable";
    public const string DeadlineExceeded = "Runtime.DeadlineExceeded";
    public const string ResponseTooLarge = "Runtime.ResponseTooLarge";

    /// <summary>Prefix of an exception that escaped a handler: <c>Runtime.Unhandled.InvalidOperationException</c>.</summary>
    public const string UnhandledPrefix = "Runtime.Unhandled.";
}
