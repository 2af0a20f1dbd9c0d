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
    /// <summary>Length of the <c>say-as</c> digits.</summary>
    public const int DigitsLength = 8;

    /// <param name="weekdayLength">How much of the part's text is the weekday and the space after it ("Tuesday, ").</param>
    /// <param name="digits">At least <see cref="DigitsLength"/> characters, filled with the <c>say-as</c> digits.</param>
    public static bool TryParse(SpeechPart part, Locale locale, Span<char> digits, out int weekdayLength)
    {
        weekdayLength = 0;
        if (part.Value is not { Length: 10 } value ||
            !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        bool withYear;
        if (part.Text == DateWords.Long(date, locale, withYear: true)) withYear = true;
        else if (part.Text == DateWords.Long(date, locale, withYear: false)) withYear = false;
        else return false;

        // English writes "Tuesday, March 9", Spanish "martes 9 de marzo": the weekday is the first word either way,
        // followed by ", " or " ".
        var end = part.Text.AsSpan().IndexOfAny(',', ' ');
        if (end <= 0) return false;
        weekdayLength = end + (part.Text[end] == ',' ? 2 : 1);
        if (withYear) return date.TryFormat(digits, out _, "yyyyMMdd", CultureInfo.InvariantCulture);
        "????".CopyTo(digits);
        return date.TryFormat(digits[4..], out _, "MMdd", CultureInfo.InvariantCulture);
    }
}
