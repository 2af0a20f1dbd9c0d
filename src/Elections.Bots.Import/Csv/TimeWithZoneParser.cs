using System.Globalization;

namespace Elections.Bots.Import.Csv;

/// <summary>VIP TimeWithZone (<c>HH:MM:SS</c> + <c>Z</c> or <c>±HH:MM</c>), the regex of VIP's hours_open check.</summary>
internal static class TimeWithZoneParser
{
    public static bool TryParse(string value, out int minute, out TimeSpan? offset)
    {
        minute = 0;
        offset = null;
        var span = value.AsSpan().Trim();
        if (span.Length < 8 || span[2] != ':' || span[5] != ':') return false;
        if (!TwoDigits(span[..2], out var hours) || !TwoDigits(span[3..5], out var minutes) || !TwoDigits(span[6..8], out var seconds))
        {
            return false;
        }
        if (minutes > 59 || seconds > 59 || hours > 24 || (hours == 24 && (minutes > 0 || seconds > 0))) return false;
        minute = hours * 60 + minutes;
        var zone = span[8..];
        if (zone is "Z")
        {
            offset = TimeSpan.Zero;
            return true;
        }
        if (zone.Length != 6 || zone[0] is not ('+' or '-') || zone[3] != ':') return false;
        if (!TwoDigits(zone[1..3], out var offsetHours) || !TwoDigits(zone[4..6], out var offsetMinutes) ||
            offsetHours > 14 || offsetMinutes > 59)
        {
            return false;
        }
        var magnitude = new TimeSpan(offsetHours, offsetMinutes, 0);
        offset = zone[0] == '-' ? -magnitude : magnitude;
        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
