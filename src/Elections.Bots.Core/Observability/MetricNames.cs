namespace Elections.Bots.Core.Observability;

/// <summary>
/// The CloudWatch vocabulary of the turn metrics: the dashboard and alarms in <c>template.yaml</c> use exactly
/// these names, so a rename here is a rename there.
/// </summary>
public static class MetricNames
{
    public const string Namespace = "ElectionsBots";

    /// <summary>1 when the voter got the answer they asked for, else 0 (its average is the answer rate).</summary>
    public const string Answers = "Answers";

    /// <summary>1 when the bot could not answer and offered a way forward.</summary>
    public const string Fallbacks = "Fallbacks";

    /// <summary>1 when the voter was sent to a person.</summary>
    public const string HandOffs = "HandOffs";

    /// <summary>1 when the turn failed (no data, a bug, a timeout) and the voter was given the office's phone.</summary>
    public const string Errors = "Errors";

    /// <summary>Milliseconds the engine and the store took for the turn.</summary>
    public const string LatencyMs = "LatencyMs";

    /// <summary>Failed reads of the facts table during the turn.</summary>
    public const string StoreErrors = "StoreErrors";

    /// <summary>Answers given from cached facts that DynamoDB could not re-confirm during the turn.</summary>
    public const string StaleServes = "StaleServes";

    public const string ChannelDimension = "Channel";
    public const string IntentDimension = "Intent";
    public const string LocaleDimension = "Locale";

    /// <summary>The Intent dimension's value for any name outside <see cref="BotModel.IntentNames.All"/>: keeps the dimension bounded.</summary>
    public const string OtherIntent = "Other";

    public const string CountUnit = "Count";
    public const string MillisecondsUnit = "Milliseconds";
}
