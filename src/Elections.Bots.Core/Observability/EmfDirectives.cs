using System.Buffers;
using System.Text.Json;

namespace Elections.Bots.Core.Observability;

/// <summary>
/// The <c>CloudWatchMetrics</c> array of every turn line, built once: it never changes, so each line copies
/// these bytes instead of writing ~40 JSON tokens.
/// </summary>
/// <remarks>
/// Dimension sets are chosen so the number of metric streams stays bounded whatever voters say: [Channel]
/// (6 values), [Intent] (the bot's 17 intents + Other), [Locale] (2) and [] (the total). No set combines two
/// dimensions, so the five turn metrics make at most 5 × (6 + 18 + 2 + 1) = 135 streams. Store health is a
/// property of the container, not of what the voter asked: StoreErrors and StaleServes go to [] only.
/// </remarks>
public static class EmfDirectives
{
    public static readonly ImmutableArray<ImmutableArray<string>> TurnDimensionSets =
    [
        [MetricNames.ChannelDimension],
        [MetricNames.IntentDimension],
        [MetricNames.LocaleDimension],
        [],
    ];

    public static readonly ImmutableArray<(string Name, string Unit)> TurnMetrics =
    [
        (MetricNames.Answers, MetricNames.CountUnit),
        (MetricNames.Fallbacks, MetricNames.CountUnit),
        (MetricNames.HandOffs, MetricNames.CountUnit),
        (MetricNames.Errors, MetricNames.CountUnit),
        (MetricNames.LatencyMs, MetricNames.MillisecondsUnit),
    ];

    public static readonly ImmutableArray<(string Name, string Unit)> StoreMetrics =
    [
        (MetricNames.StoreErrors, MetricNames.CountUnit),
        (MetricNames.StaleServes, MetricNames.CountUnit),
    ];

    /// <summary>The UTF-8 JSON array written as the value of <c>_aws.CloudWatchMetrics</c>.</summary>
    public static ReadOnlySpan<byte> CloudWatchMetrics => Utf8.Span;

    private static readonly ReadOnlyMemory<byte> Utf8 = Build();

    private static byte[] Build()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            WriteDirective(writer, TurnDimensionSets, TurnMetrics);
            WriteDirective(writer, [[]], StoreMetrics);
            writer.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteDirective(
        Utf8JsonWriter writer, ImmutableArray<ImmutableArray<string>> dimensionSets, ImmutableArray<(string Name, string Unit)> metrics)
    {
        writer.WriteStartObject();
        writer.WriteString("Namespace", MetricNames.Namespace);
        writer.WriteStartArray("Dimensions");
        foreach (var set in dimensionSets)
        {
            writer.WriteStartArray();
            foreach (var dimension in set) writer.WriteStringValue(dimension);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("Metrics");
        foreach (var (name, unit) in metrics)
        {
            writer.WriteStartObject();
            writer.WriteString("Name", name);
            writer.WriteString("Unit", unit);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
