namespace Elections.Bots.Core.Speech;

/// <summary>
/// Dates and times worded for each locale from our own tables. Lambda runs with invariant globalization, so
/// CultureInfo cannot be trusted to know Spanish month names; these tables are small and never vary.
/// </summary>
public static class DateWords
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] SpanishMonths =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
    private static readonly string[] EnglishDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] SpanishDays = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];

    private const int MinutesPerDay = 24 * 60;

    // Wordings kept once made (see Long and Time); two threads wording the same thing store equal strings.
    private static readonly WordedDate?[] RecentLong = new WordedDate?[256];
    private static readonly string?[] EnglishTimes = new string?[MinutesPerDay];
    private static readonly string?[] SpanishTimes = new string?[MinutesPerDay];
    private static readonly string?[] TimeValues = new string?[MinutesPerDay];

    /// <summary>"Tuesday, March 9, 2027" / "martes 9 de marzo de 2027"; the year only when <paramref name="withYear"/>.</summary>
    /// <remarks>
    /// Replies say the same few dates (the election, its deadlines) turn after turn, and voice renderers word them
    /// again to recognise them: the latest wordings are kept, one per slot, a collision simply replacing the older.
    /// </remarks>
    public static string Long(DateOnly date, Locale locale, bool withYear = true)
    {
        var slot = (int)((uint)HashCode.Combine(date, locale, withYear) % RecentLong.Length);
        if (RecentLong[slot] is { } recent && recent.Date == date && recent.Locale == locale && recent.WithYear == withYear) return recent.Text;
        var text = WordLong(date, locale, withYear);
        RecentLong[slot] = new WordedDate(date, locale, withYear, text);
        return text;
    }

    private static string WordLong(DateOnly date, Locale locale, bool withYear)
    {
        var day = (int)date.DayOfWeek;
        return locale == Locale.Spanish
            ? withYear
                ? $"{SpanishDays[day]} {date.Day} de {SpanishMonths[date.Month - 1]} de {date.Year}"
                : $"{SpanishDays[day]} {date.Day} de {SpanishMonths[date.Month - 1]}"
            : withYear
                ? $"{EnglishDays[day]}, {EnglishMonths[date.Month - 1]} {date.Day}, {date.Year}"
                : $"{EnglishDays[day]}, {EnglishMonths[date.Month - 1]} {date.Day}";
    }

    /// <summary>"March 9" / "9 de marzo", for ranges and lists.</summary>
    public static string Short(DateOnly date, Locale locale)
    {
        var (first, separator, second) = ShortWords(date, locale);
        return string.Concat(first, separator, second);
    }

    /// <summary>The three words of <see cref="Short"/>, each a shared string, for callers that write them into a reply.</summary>
    public static (string First, string Separator, string Second) ShortWords(DateOnly date, Locale locale) =>
        locale == Locale.Spanish
            ? (DayNumber(date), " de ", SpanishMonths[date.Month - 1])
            : (EnglishMonths[date.Month - 1], " ", DayNumber(date));

    /// <summary>The day of the month in digits; the runtime shares the strings of small numbers.</summary>
    public static string DayNumber(DateOnly date) => date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The year is said only when it is not this year, as people do.</summary>
    public static string Long(DateOnly date, DateOnly today, Locale locale) => Long(date, locale, withYear: date.Year != today.Year);

    /// <summary>"today", "tomorrow", "in 5 days", "yesterday", "12 days ago" (and the Spanish forms).</summary>
    public static string Relative(DateOnly date, DateOnly today, Locale locale)
    {
        var days = date.DayNumber - today.DayNumber;
        return (days, locale) switch
        {
            (0, Locale.Spanish) => "hoy",
            (0, _) => "today",
            (1, Locale.Spanish) => "mañana",
            (1, _) => "tomorrow",
            (-1, Locale.Spanish) => "ayer",
            (-1, _) => "yesterday",
            ( > 1, Locale.Spanish) => $"en {days} días",
            ( > 1, _) => $"in {days} days",
            (_, Locale.Spanish) => $"hace {-days} días",
            _ => $"{-days} days ago",
        };
    }

    /// <summary>"7:00 a.m." / "7:00 a. m."; 24:00 is "midnight" / "medianoche".</summary>
    /// <remarks>A day has 1,440 minutes and schedules use a few of them: each is worded once and kept.</remarks>
    public static string Time(int minuteOfDay, Locale locale)
    {
        if ((uint)minuteOfDay >= MinutesPerDay) return WordTime(minuteOfDay, locale);
        var words = locale == Locale.Spanish ? SpanishTimes : EnglishTimes;
        return words[minuteOfDay] ??= WordTime(minuteOfDay, locale);
    }

    /// <summary>The machine form for SSML say-as: 24-hour <c>HH:mm</c>.</summary>
    public static string TimeValue(int minuteOfDay)
    {
        if ((uint)minuteOfDay >= MinutesPerDay) return FormatTimeValue(minuteOfDay);
        return TimeValues[minuteOfDay] ??= FormatTimeValue(minuteOfDay);
    }

    private static string WordTime(int minuteOfDay, Locale locale)
    {
        if (minuteOfDay is 0 or >= 24 * 60) return locale == Locale.Spanish ? "medianoche" : "midnight";
        if (minuteOfDay == 12 * 60) return locale == Locale.Spanish ? "mediodía" : "noon";
        var hour = minuteOfDay / 60;
        var minute = minuteOfDay % 60;
        var hour12 = hour % 12 == 0 ? 12 : hour % 12;
        var morning = hour < 12;
        return locale == Locale.Spanish
            ? $"{hour12}:{minute:00} {(morning ? "a. m." : "p. m.")}"
            : $"{hour12}:{minute:00} {(morning ? "a.m." : "p.m.")}";
    }

    private static string FormatTimeValue(int minuteOfDay) =>
        minuteOfDay >= 24 * 60 ? "24:00" : $"{minuteOfDay / 60:00}:{minuteOfDay % 60:00}";

    private sealed record WordedDate(DateOnly Date, Locale Locale, bool WithYear, string Text);
}
