using System.Buffers;
using System.Text.Json;
using Elections.Bots.Core.Metrics;

namespace Elections.Bots.Core.Observability;

/// <summary>
/// The <c>CloudWatchMetrics</c> array of every turn line, built once from <see cref="MetricNames"/>: it never
/// changes, so each line copies these bytes instead of writing ~30 JSON tokens.
/// </summary>
/// <remarks>
/// One directive, one dimension set, [Channel, Intent, Locale], the set the template's dashboard and alarms query
/// (<c>SCHEMA("ElectionsBots", Channel, Intent, Locale)</c>), so every turn is counted exactly once. Each dimension
/// is closed whatever voters say: 6 channels × 18 intent values (the bot's 17 and <see cref="OtherIntent"/>) × 2
/// locales = at most 216 combinations per metric.
/// </remarks>
public static class EmfDirectives
{
    /// <summary>The Intent dimension's value for any name outside <see cref="BotModel.IntentNames.All"/>.</summary>
    public const string OtherIntent = "Other";

    public const string CountUnit = "Count";
    public const string MillisecondsUnit = "Milliseconds";

    /// <summary>The UTF-8 JSON array written as the value of <c>_aws.CloudWatchMetrics</c>.</summary>
    public static ReadOnlySpan<byte> CloudWatchMetrics => Utf8.Span;

    private static readonly ReadOnlyMemory<byte> Utf8 = Build();

    public static string UnitOf(string metric) => metric == MetricNames.LatencyMs ? MillisecondsUnit : CountUnit;

    private static byte[] Build()
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStartObject();
            writer.WriteString("Namespace", MetricNames.Namespace);
            writer.WriteStartArray("Dimensions");
            writer.WriteStartArray();
            foreach (var dimension in MetricNames.Dimensions) writer.WriteStringValue(dimension);
            writer.WriteEndArray();
            writer.WriteEndArray();
            writer.WriteStartArray("Metrics");
            foreach (var name in MetricNames.All)
            {
                writer.WriteStartObject();
                writer.WriteString("Name", name);
                writer.WriteString("Unit", UnitOf(name));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
