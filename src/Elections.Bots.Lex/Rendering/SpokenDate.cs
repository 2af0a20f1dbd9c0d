using System.Globalization;
using Elections.Bots.Core.Speech;

namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// Splits an engine date ("Tuesday, March 9" / "martes 9 de marzo de 2027") into the weekday, said as words, and
/// the date for <c>say-as</c>: <c>yyyymmdd</c> digits, with <c>????</c> for the year when the engine left the year
/// out (Polly then says "March ninth"). A date worded any other way is left to be read as the engine wrote it.
/// </summary>
public static class SpokenDate
{
    public static bool TryParse(SpeechPart part, Locale locale, out string weekday, out string digits)
    {
        weekday = digits = string.Empty;
        if (part.Value is not { Length: 10 } value ||
            !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        bool withYear;
        if (part.Text == DateWords.Long(date, locale, withYear: true)) withYear = true;
        else if (part.Text == DateWords.Long(date, locale, withYear: false)) withYear = false;
        else return false;

        // English writes "Tuesday, March 9", Spanish "martes 9 de marzo": the weekday is the first word either way.
        var end = part.Text.IndexOfAny([',', ' ']);
        if (end <= 0) return false;
        weekday = part.Text[..end] + (part.Text[end] == ',' ? ", " : " ");
        digits = withYear
            ? date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            : "????" + date.ToString("MMdd", CultureInfo.InvariantCulture);
        return true;
    }
}
