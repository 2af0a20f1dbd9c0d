using System.Globalization;

namespace Elections.Bots.Cli.Common;

/// <summary>
/// A local date or time in the jurisdiction's zone, as people type it for <c>--now</c> and the playground's
/// "pretend it is" field (a browser's datetime-local value has the same shape).
/// </summary>
internal static class LocalTimeText
{
    public const string Examples = "2027-02-20 or 2027-03-09T19:30";

    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"];

    /// <summary>The time a bare date stands for: the middle of the day, when offices and polls are open.</summary>
    public static readonly TimeSpan Midday = TimeSpan.FromHours(12);

    /// <param name="bareDateTime">How far into the day a bare date means; <see cref="Midday"/> when not given.</param>
    public static bool TryParse(string? text, TimeZoneInfo zone, out DateTimeOffset value, TimeSpan? bareDateTime = null)
    {
        value = default;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)
            || !DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }
        if (text.Length == 10) local = local.Add(bareDateTime ?? Midday);
        value = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return true;
    }

    /// <summary>ISO 8601 with the zone's offset, as the page shows and parses it.</summary>
    public static string Format(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
