using System.Globalization;
using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Csv;

/// <summary>
/// Reads typed values from feed cells. Lenient where administrators' tools differ harmlessly (US dates, TRUE),
/// with a warning because VIP itself is strict; an unreadable value is reported as an error and read as absent,
/// never guessed at: a wrong date or time would mislead a voter.
/// </summary>
public static class FeedValues
{
    private static readonly string[] UsDateFormats = ["M/d/yyyy", "MM/dd/yyyy", "M-d-yyyy", "MM-dd-yyyy"];

    public static bool? Bool(CsvRow row, string column)
    {
        var value = row.Get(column);
        if (value is null) return null;
        if (value is "true") return true;
        if (value is "false") return false;
        var parsed = value.Equals("true", StringComparison.OrdinalIgnoreCase) ? true
            : value.Equals("false", StringComparison.OrdinalIgnoreCase) ? false
            : (bool?)null;
        if (parsed is { } result)
        {
            row.ReportWarning(column, FindingCodes.NotLowerCase,
                $"'{value}' was read as {(result ? "true" : "false")}; VIP accepts only lower-case true or false");
            return result;
        }
        row.ReportError(column, FindingCodes.InvalidBoolean, $"'{value}' is not a boolean; write true or false");
        return null;
    }

    public static DateOnly? Date(CsvRow row, params ReadOnlySpan<string> columnAndAliases)
    {
        var value = row.Get(columnAndAliases);
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        if (DateOnly.TryParseExact(value, UsDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            row.ReportWarning(columnAndAliases[0], FindingCodes.NonIsoDate,
                $"'{value}' was read as {date:yyyy-MM-dd} (month/day/year); VIP requires YYYY-MM-DD");
            return date;
        }
        row.ReportError(columnAndAliases[0], FindingCodes.InvalidDate, $"'{value}' is not a date; write it as YYYY-MM-DD (for example 2027-03-09)");
        return null;
    }

    /// <summary>A house number: digits only (VIP treats anything else as fatal).</summary>
    public static int? Integer(CsvRow row, string column)
    {
        var value = row.Get(column);
        if (value is null) return null;
        if (value.All(char.IsAsciiDigit) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        row.ReportError(column, FindingCodes.InvalidHouseNumber,
            $"'{value}' is not a whole number (digits only); put letters in house_number_prefix or house_number_suffix");
        return null;
    }

    /// <summary>
    /// VIP TimeWithZone: <c>HH:MM:SS</c> followed by <c>Z</c> or <c>±HH:MM</c>; <c>24:00:00</c> closes at midnight.
    /// Returns minutes after midnight and the offset as written.
    /// </summary>
    public static (int Minute, TimeSpan? Offset)? TimeWithZone(CsvRow row, string column)
    {
        var value = row.Get(column);
        if (value is null) return null;
        if (TimeWithZoneParser.TryParse(value, out var minute, out var offset)) return (minute, offset);
        var problem = TimeWithZoneParser.TryParse(value + "Z", out _, out _)
            ? "has no UTC offset, so voters in another time zone would hear the wrong hour"
            : "is not a time with a UTC offset";
        row.ReportError(column, FindingCodes.InvalidTime, $"'{value}' {problem}; write it like 07:00:00-05:00");
        return null;
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
        row.ReportError(column, FindingCodes.InvalidDateTime,
            $"'{value}' is not a date and time with a UTC offset; write it like 2027-03-09T20:00:00-05:00");
        return null;
    }

    /// <summary>VIP IDREFS: ids separated by spaces inside one cell.</summary>
    public static ImmutableArray<string> IdList(CsvRow row, string column) =>
        row.Get(column) is { } value
            ? [.. value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [];

    public static OddEvenBoth? Parity(CsvRow row, string column)
    {
        var value = row.Get(column);
        OddEvenBoth? parity = value?.ToLowerInvariant() switch
        {
            null => null,
            "both" => OddEvenBoth.Both,
            "odd" => OddEvenBoth.Odd,
            "even" => OddEvenBoth.Even,
            _ => null,
        };
        if (value is null) return null;
        if (parity is null)
        {
            row.ReportError(column, FindingCodes.InvalidOddEvenBoth, $"'{value}' is not one of odd, even or both");
        }
        else if (value is not ("both" or "odd" or "even"))
        {
            row.ReportWarning(column, FindingCodes.NotLowerCase, $"'{value}' was read as {value.ToLowerInvariant()}; VIP accepts only lower case");
        }
        return parity;
    }
}
