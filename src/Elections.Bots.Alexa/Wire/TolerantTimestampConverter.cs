using System.Globalization;

namespace Elections.Bots.Alexa.Wire;

/// <summary>
/// Reads <c>request.timestamp</c> as ISO-8601 text (production) or epoch milliseconds (the old Service
/// Simulator, still in public fixtures). Anything else reads as "no timestamp": the skill never relies on it
/// on Lambda, so a strange value must not fail the request.
/// </summary>
public sealed class TolerantTimestampConverter : JsonConverter<DateTimeOffset?>
{
    // DateTimeOffset's range in Unix milliseconds; FromUnixTimeMilliseconds throws outside it.
    private const long MinUnixMs = -62_135_596_800_000;
    private const long MaxUnixMs = 253_402_300_799_999;

    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadValue(ref reader);

    public static DateTimeOffset? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                if (reader.TryGetDateTimeOffset(out var iso)) return iso;
                var text = reader.GetString();
                if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var digits)) return FromUnixMs(digits);
                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                    ? parsed
                    : null;
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var ms) ? FromUnixMs(ms) : null;
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } instant) writer.WriteStringValue(instant);
        else writer.WriteNullValue();
    }

    private static DateTimeOffset? FromUnixMs(long ms) =>
        ms is >= MinUnixMs and <= MaxUnixMs ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
