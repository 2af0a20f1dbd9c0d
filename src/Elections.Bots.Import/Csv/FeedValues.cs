using System.Globalization;
using Elections.Bots.Core.Facts;

namespace Elections.Bots.Import.Csv;

/// <summary>
/// Reads typed values from feed cells. Lenient where administrators' tools differ harmlessly (US or ISO dates,
/// TRUE/True), strict where a wrong reading would mislead a voter (an unreadable date or time is an error,
/// never a guess).
/// </summary>
public static class FeedValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "M/d/yyyy", "MM/dd/yyyy", "M-d-yyyy", "MM-dd-yyyy"];

    public static bool? Bool(CsvRow row, string column)
    {
        var value = row.Get(column);
        if (value is null) return null;
        if (value.Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
        if (value.Equals("false", StringComparison.OrdinalIgnoreCase)) return false;
        throw row.Error(column, $"'{value}' is not a boolean; write true or false");
    }

    public static DateOnly? Date(CsvRow row, params ReadOnlySpan<string> columnAndAliases)
    {
        var value = row.Get(columnAndAliases);
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        throw row.Error(columnAndAliases[0], $"'{value}' is not a date; write it as YYYY-MM-DD (for example 2027-03-09)");
    }

    public static int? Integer(CsvRow row, string column)
    {
        var value = row.Get(column);
        if (value is null) return null;
        if (value.All(char.IsAsciiDigit) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        throw row.Error(column, $"'{value}' is not a whole number (digits only)");
    }

    /// <summary>
    /// VIP TimeWithZone: <c>HH:MM:SS</c> followed by <c>Z</c> or <c>±HH:MM</c>; <c>24:00:00</c> closes at midnight.
    /// Returns minutes after midnight and the offset as written.
    /// </summary>
    public static (int Minute, TimeSpan? Offset)? TimeWithZone(CsvRow row, string column)
    {
        var value = row.Get(column);
        if (value is null) return null;
        if (TryParseTimeWithZone(value, out var minute, out var offset)) return (minute, offset);
        throw row.Error(column, $"'{value}' is not a time with a UTC offset; write it like 07:00:00-05:00");
    }

    internal static bool TryParseTimeWithZone(string value, out int minute, out TimeSpan? offset)
    {
        minute = 0;
        offset = null;
        var span = value.AsSpan().Trim();
        if (span.Length < 8 || span[2] != ':' || span[5] != ':') return false;
        if (!int.TryParse(span[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var hours) ||
            !int.TryParse(span[3..5], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ||
            !int.TryParse(span[6..8], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }
        if (minutes > 59 || seconds > 59 || hours > 24 || (hours == 24 && (minutes > 0 || seconds > 0))) return false;
        minute = hours * 60 + minutes;
        var zone = span[8..];
        if (zone.Length == 0) return false;
        if (zone is "Z") { offset = TimeSpan.Zero; return true; }
        if (zone.Length != 6 || zone[0] is not ('+' or '-') || zone[3] != ':') return false;
        if (!int.TryParse(zone[1..3], NumberStyles.None, CultureInfo.InvariantCulture, out var offsetHours) ||
            !int.TryParse(zone[4..6], NumberStyles.None, CultureInfo.InvariantCulture, out var offsetMinutes) ||
            offsetHours > 14 || offsetMinutes > 59)
        {
            return false;
        }
        var magnitude = new TimeSpan(offsetHours, offsetMinutes, 0);
        offset = zone[0] == '-' ? -magnitude : magnitude;
        return true;
    }

    public static DateTimeOffset? Instant(CsvRow row, string column)
    {
        var value = row.Get(column);
        if (value is null) return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) &&
            value.Contains('T', StringComparison.Ordinal) &&
            (value.EndsWith('Z') || value.LastIndexOfAny(['+', '-']) > value.IndexOf('T', StringComparison.Ordinal)))
        {
            return instant;
        }
        throw row.Error(column, $"'{value}' is not a date and time with a UTC offset; write it like 2027-03-09T20:00:00-05:00");
    }

    /// <summary>VIP IDREFS: ids separated by spaces inside one cell.</summary>
    public static ImmutableArray<string> IdList(CsvRow row, string column) =>
        row.Get(column) is { } value
            ? [.. value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [];

    public static OddEvenBoth? Parity(CsvRow row, string column) => row.Get(column)?.ToLowerInvariant() switch
    {
        null => null,
        "both" => OddEvenBoth.Both,
        "odd" => OddEvenBoth.Odd,
        "even" => OddEvenBoth.Even,
        var other => throw row.Error(column, $"'{other}' is not one of odd, even or both"),
    };
}
