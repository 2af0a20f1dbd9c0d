using System.Text.Json;
using Elections.Bots.Core.Metrics;

namespace Elections.Bots.Core.Observability;

/// <summary>
/// Member names of the turn log line, pre-encoded. The analytics table over the exported lines (Glue) and the
/// subscription filter (<c>{ $.Event = "turn" }</c>) read these names; metric and dimension members carry the
/// names in <see cref="MetricNames"/>, as Embedded Metric Format requires.
/// </summary>
public static class TurnLogFields
{
    public const string EventValue = "turn";

    public static readonly JsonEncodedText Event = JsonEncodedText.Encode("Event");
    public static readonly JsonEncodedText Turn = JsonEncodedText.Encode(EventValue);
    public static readonly JsonEncodedText RequestId = JsonEncodedText.Encode("RequestId");
    public static readonly JsonEncodedText Outcome = JsonEncodedText.Encode("Outcome");
    public static readonly JsonEncodedText Detail = JsonEncodedText.Encode("Detail");
    public static readonly JsonEncodedText FaqId = JsonEncodedText.Encode("FaqId");
    public static readonly JsonEncodedText FaqScore = JsonEncodedText.Encode("FaqScore");
    public static readonly JsonEncodedText DatasetVersion = JsonEncodedText.Encode("DatasetVersion");
    public static readonly JsonEncodedText Cache = JsonEncodedText.Encode("Cache");

    public static readonly JsonEncodedText Channel = JsonEncodedText.Encode(MetricNames.Channel);
    public static readonly JsonEncodedText Intent = JsonEncodedText.Encode(MetricNames.Intent);
    public static readonly JsonEncodedText Locale = JsonEncodedText.Encode(MetricNames.Locale);

    public static readonly JsonEncodedText Answers = JsonEncodedText.Encode(MetricNames.Answers);
    public static readonly JsonEncodedText Fallbacks = JsonEncodedText.Encode(MetricNames.Fallbacks);
    public static readonly JsonEncodedText HandOffs = JsonEncodedText.Encode(MetricNames.HandOffs);
    public static readonly JsonEncodedText Errors = JsonEncodedText.Encode(MetricNames.Errors);
    public static readonly JsonEncodedText LatencyMs = JsonEncodedText.Encode(MetricNames.LatencyMs);
    public static readonly JsonEncodedText StoreErrors = JsonEncodedText.Encode(MetricNames.StoreErrors);
    public static readonly JsonEncodedText StaleServes = JsonEncodedText.Encode(MetricNames.StaleServes);

    public static readonly JsonEncodedText Aws = JsonEncodedText.Encode("_aws");
    public static readonly JsonEncodedText Timestamp = JsonEncodedText.Encode("Timestamp");
    public static readonly JsonEncodedText CloudWatchMetrics = JsonEncodedText.Encode("CloudWatchMetrics");
}
