using System.Globalization;
using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa.Rendering;

/// <summary>
/// A date part as Alexa's <c>say-as interpret-as="date"</c> wants it: <c>yyyymmdd</c>, with <c>????</c> for a year
/// the engine's wording left out. say-as speaks no weekday, so a weekday the wording names ("Tuesday, March 9")
/// is said just before it: the voter hears what the engine chose to say.
/// </summary>
public readonly record struct SpokenDate(string? Lead, string Digits)
{
    private static readonly string[] SpanishDays = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];

    public static bool TryRead(SpeechPart part, Locale locale, out SpokenDate date)
    {
        date = default;
        if (!DateOnly.TryParseExact(part.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return false;
        }
        var words = part.Text ?? string.Empty;
        var year = day.Year.ToString("D4", CultureInfo.InvariantCulture);
        var digits = (words.Contains(year, StringComparison.Ordinal) ? year : "????")
            + day.Month.ToString("D2", CultureInfo.InvariantCulture)
            + day.Day.ToString("D2", CultureInfo.InvariantCulture);

        var weekday = locale == Locale.Spanish ? SpanishDays[(int)day.DayOfWeek] : day.DayOfWeek.ToString();
        var at = words.IndexOf(weekday, StringComparison.OrdinalIgnoreCase);
        var lead = at < 0 ? null : string.Concat(words.AsSpan(at, weekday.Length), locale == Locale.Spanish ? " " : ", ");
        date = new SpokenDate(lead, digits);
        return true;
    }
}
