namespace Elections.Bots.Lex.Wire;

public static class LexIntentStates
{
    public const string Failed = "Failed";
    public const string Fulfilled = "Fulfilled";
    public const string FulfillmentInProgress = "FulfillmentInProgress";
    public const string InProgress = "InProgress";

    /// <summary>Only valid in a response whose dialog action is <c>Delegate</c>.</summary>
    public const string ReadyForFulfillment = "ReadyForFulfillment";

    /// <summary>Streaming conversations only.</summary>
    public const string Waiting = "Waiting";
}
