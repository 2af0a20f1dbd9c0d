using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa.Rendering;

/// <summary>
/// A date part as Alexa's <c>say-as interpret-as="date"</c> wants it: <c>yyyymmdd</c>, with <c>????</c> for a year
/// the engine's wording left out. say-as speaks no weekday, so a weekday the wording names ("Tuesday, March 9")
/// is said just before it: the voter hears what the engine chose to say.
/// </summary>
/// <param name="Lead">The weekday as the wording spells it, with its separator ("Tuesday, "), or empty.</param>
/// <param name="Digits">Eight characters: <c>20270309</c> or <c>????0309</c>.</param>
public readonly record struct SpokenDate(string Lead, string Digits)
{
    private static readonly string[] EnglishDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] SpanishDays = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];

    public static bool TryRead(SpeechPart part, Locale locale, out SpokenDate date)
    {
        date = default;
        if (!TryParseIso(part.Value, out var year, out var month, out var day)) return false;
        var words = part.Text.AsSpan();

        Span<char> digits = stackalloc char[8];
        var sayYear = words.IndexOf(part.Value.AsSpan(0, 4), StringComparison.Ordinal) >= 0;
        Write(digits[..4], sayYear ? year : -1);
        Write(digits[4..6], month);
        Write(digits[6..], day);

        var weekday = (int)new DateOnly(year, month, day).DayOfWeek;
        var name = locale == Locale.Spanish ? SpanishDays[weekday] : EnglishDays[weekday];
        var at = words.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        var lead = at < 0 ? string.Empty : string.Concat(words.Slice(at, name.Length), locale == Locale.Spanish ? " " : ", ");
        date = new SpokenDate(lead, digits.ToString());
        return true;
    }

    /// <summary>Exactly <c>yyyy-MM-dd</c> naming a real day; anything else is spoken from its words.</summary>
    private static bool TryParseIso(string? value, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (value is not { Length: 10 } || value[4] != '-' || value[7] != '-') return false;
        if (!TryDigits(value.AsSpan(0, 4), out year) || !TryDigits(value.AsSpan(5, 2), out month) || !TryDigits(value.AsSpan(8, 2), out day))
        {
            return false;
        }
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private static void Write(Span<char> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--)
        {
            into[i] = value < 0 ? '?' : (char)('0' + value % 10);
            if (value >= 0) value /= 10;
        }
    }
}
