namespace Elections.Bots.Core.Metrics;

/// <summary>
/// The CloudWatch metrics every turn publishes (Embedded Metric Format in the turn's log line) and that the
/// template's alarms and dashboard read. One place, so a renamed metric fails the infrastructure tests instead
/// of leaving a dashboard that silently shows nothing.
/// </summary>
public static class MetricNames
{
    public const string Namespace = "ElectionsBots";

    /// <summary>Turns answered (count).</summary>
    public const string Answers = "Answers";

    /// <summary>Turns nothing matched: the voter's words went to FAQ search without a confident answer (count).</summary>
    public const string Fallbacks = "Fallbacks";

    /// <summary>Turns that handed the voter to a person (count).</summary>
    public const string HandOffs = "HandOffs";

    /// <summary>Turns that ended in the apology with the office's phone (count).</summary>
    public const string Errors = "Errors";

    /// <summary>Time from event read to response written (milliseconds).</summary>
    public const string LatencyMs = "LatencyMs";

    /// <summary>Fact store calls that failed (count).</summary>
    public const string StoreErrors = "StoreErrors";

    /// <summary>Turns answered from cached data while the table could not be read (count).</summary>
    public const string StaleServes = "StaleServes";

    public static readonly ImmutableArray<string> All = [Answers, Fallbacks, HandOffs, Errors, LatencyMs, StoreErrors, StaleServes];

    public const string Channel = "Channel";
    public const string Intent = "Intent";
    public const string Locale = "Locale";

    /// <summary>
    /// The one dimension set every metric is published under. Each is bounded (6 channels, 17 intents, 2 locales),
    /// and a single set means a dashboard query over it counts every turn exactly once.
    /// </summary>
    public static readonly ImmutableArray<string> Dimensions = [Channel, Intent, Locale];
}
