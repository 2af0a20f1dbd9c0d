using System.Text.Json;
using F = Elections.Bots.Core.Observability.TurnLogFields;

namespace Elections.Bots.Core.Observability;

/// <summary>
/// Writes one turn as one JSON object: the log fields, and the metric values and <c>_aws</c> block of CloudWatch
/// Embedded Metric Format, so CloudWatch Logs turns the same line into metrics without an SDK call.
/// </summary>
public static class TurnLogFormat
{
    public static void Write(Utf8JsonWriter writer, in TurnRecord record)
    {
        writer.WriteStartObject();
        writer.WriteString(F.Event, F.Turn);
        if (record.RequestId is { } requestId) WriteId(writer, F.RequestId, requestId);
        if (record.Channel is { } channel) writer.WriteString(F.Channel, TurnLogValues.Encoded(channel));
        writer.WriteString(F.Locale, TurnLogValues.Encoded(record.Locale));
        writer.WriteString(F.Intent, TurnLogValues.EncodedIntent(record.Intent));
        writer.WriteString(F.Outcome, TurnLogValues.Encoded(record.Outcome));
        if (record.Detail is { } detail) WriteId(writer, F.Detail, detail);
        if (record.FaqId is { } faqId) WriteId(writer, F.FaqId, faqId);
        if (record.FaqScore is { } score) writer.WriteNumber(F.FaqScore, Math.Round(score, 3));
        if (record.DatasetVersion is { } version) WriteId(writer, F.DatasetVersion, version);
        if (record.Cache != CacheUse.Unknown) writer.WriteString(F.Cache, TurnLogValues.Encoded(record.Cache));

        // A refused request never reached the engine and has no channel: it is logged, not counted (the
        // platform's function-error metric counts it).
        if (record.Channel is not null)
        {
            writer.WriteNumber(F.Answers, record.Outcome == TurnOutcome.Answered ? 1 : 0);
            writer.WriteNumber(F.Fallbacks, record.Outcome == TurnOutcome.Fallback ? 1 : 0);
            writer.WriteNumber(F.HandOffs, record.Outcome == TurnOutcome.HandedOff ? 1 : 0);
            writer.WriteNumber(F.Errors, record.Outcome == TurnOutcome.Error ? 1 : 0);
            writer.WriteNumber(F.LatencyMs, Math.Round(record.LatencyMs, 3));
            writer.WriteNumber(F.StoreErrors, record.Store.StoreErrors);
            writer.WriteNumber(F.StaleServes, record.Store.StaleServes);
            writer.WriteStartObject(F.Aws);
            writer.WriteNumber(F.Timestamp, record.TimestampMs);
            writer.WritePropertyName(F.CloudWatchMetrics);
            writer.WriteRawValue(EmfDirectives.CloudWatchMetrics, skipInputValidation: true);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteId(Utf8JsonWriter writer, JsonEncodedText name, string value) =>
        writer.WriteString(name, TurnLogValues.IsId(value) ? value : TurnLogValues.NotAnId);
}
