using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Speech;

/// <summary>
/// Says a place's VIP schedule the way a clerk would: "February 22 to 27 and March 1 to 6, 8:00 a.m. to 6:00 p.m.;
/// March 9, until 8:00 p.m.". Periods with the same hours are said together.
/// </summary>
public static class ScheduleWords
{
    public static void Describe(ReplyBuilder reply, ImmutableArray<OpeningPeriod> periods)
    {
        // A group is a run of periods with the hours of its first one.
        for (var start = 0; start < periods.Length;)
        {
            var end = start + 1;
            while (end < periods.Length && SameHours(periods[start], periods[end])) end++;
            if (start > 0) reply.Say("; ");
            for (var i = start; i < end; i++)
            {
                if (i > start) reply.Say(i == end - 1 ? reply.T(" and ", " y ") : ", ");
                DateRange(reply, periods[i]);
            }
            Hours(reply, periods[start]);
            start = end;
        }
    }

    /// <summary>"from 7:00 a.m. to 8:00 p.m." (or "24 hours a day").</summary>
    public static void Hours(ReplyBuilder reply, OpeningPeriod period)
    {
        if (period.IsAllDay)
        {
            reply.Say(", 24 hours a day", ", las 24 horas");
        }
        else if (period.OpenMinute == 0)
        {
            reply.Say(", until ", ", hasta las ").Time(period.CloseMinute);
        }
        else
        {
            reply.Say(", from ", ", de ").Time(period.OpenMinute).Say(" to ", " a ").Time(period.CloseMinute);
        }
        if (period.ByAppointmentOnly) reply.Say(" (by appointment only)", " (solo con cita)");
        else if (period.OrByAppointment) reply.Say(" (or by appointment)", " (o con cita)");
        if (period.SubjectToChange) reply.Say(" (subject to change)", " (sujeto a cambios)");
    }

    /// <summary>
    /// "February 22 to 27" / "del 22 al 27 de febrero". Said word by word from shared strings: the reply joins
    /// them anyway, and a schedule has many ranges.
    /// </summary>
    private static void DateRange(ReplyBuilder reply, OpeningPeriod period)
    {
        var spanish = reply.Locale == Locale.Spanish;
        switch (period.StartDate, period.EndDate)
        {
            case (null, null):
                reply.Say("every day", "todos los días");
                break;
            case ({ } start, { } end) when start == end:
                SayShort(reply, start);
                break;
            case ({ } start, { } end) when start.Month == end.Month && start.Year == end.Year:
                if (spanish)
                {
                    reply.Say("del ").Say(DateWords.DayNumber(start)).Say(" al ");
                    SayShort(reply, end);
                }
                else
                {
                    SayShort(reply, start);
                    reply.Say(" to ").Say(DateWords.DayNumber(end));
                }
                break;
            case ({ } start, { } end):
                if (spanish) reply.Say("del ");
                SayShort(reply, start);
                reply.Say(spanish ? " al " : " to ");
                SayShort(reply, end);
                break;
            case ({ } start, null):
                reply.Say("from ", "desde el ");
                SayShort(reply, start);
                break;
            case (null, { } end):
                reply.Say("through ", "hasta el ");
                SayShort(reply, end);
                break;
        }
    }

    private static void SayShort(ReplyBuilder reply, DateOnly date)
    {
        var (first, separator, second) = DateWords.ShortWords(date, reply.Locale);
        reply.Say(first).Say(separator).Say(second);
    }

    private static bool SameHours(OpeningPeriod a, OpeningPeriod b) =>
        a.OpenMinute == b.OpenMinute && a.CloseMinute == b.CloseMinute &&
        a.ByAppointmentOnly == b.ByAppointmentOnly && a.OrByAppointment == b.OrByAppointment &&
        a.SubjectToChange == b.SubjectToChange;
}
