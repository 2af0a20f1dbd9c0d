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
        var groups = new List<List<OpeningPeriod>>();
        foreach (var period in periods)
        {
            if (groups.Count > 0 && SameHours(groups[^1][0], period)) groups[^1].Add(period);
            else groups.Add([period]);
        }

        for (var g = 0; g < groups.Count; g++)
        {
            if (g > 0) reply.Say("; ");
            var group = groups[g];
            for (var i = 0; i < group.Count; i++)
            {
                if (i > 0) reply.Say(i == group.Count - 1 ? reply.T(" and ", " y ") : ", ");
                DateRange(reply, group[i]);
            }
            Hours(reply, group[0]);
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

    private static void DateRange(ReplyBuilder reply, OpeningPeriod period)
    {
        var locale = reply.Locale;
        switch (period.StartDate, period.EndDate)
        {
            case (null, null):
                reply.Say("every day", "todos los días");
                break;
            case ({ } start, { } end) when start == end:
                reply.Say(DateWords.Short(start, locale));
                break;
            case ({ } start, { } end) when start.Month == end.Month && start.Year == end.Year:
                reply.Say(locale == Locale.Spanish
                    ? $"del {start.Day} al {DateWords.Short(end, locale)}"
                    : $"{DateWords.Short(start, locale)} to {end.Day}");
                break;
            case ({ } start, { } end):
                reply.Say(locale == Locale.Spanish
                    ? $"del {DateWords.Short(start, locale)} al {DateWords.Short(end, locale)}"
                    : $"{DateWords.Short(start, locale)} to {DateWords.Short(end, locale)}");
                break;
            case ({ } start, null):
                reply.Say(reply.T("from ", "desde el ") + DateWords.Short(start, locale));
                break;
            case (null, { } end):
                reply.Say(reply.T("through ", "hasta el ") + DateWords.Short(end, locale));
                break;
        }
    }

    private static bool SameHours(OpeningPeriod a, OpeningPeriod b) =>
        a.OpenMinute == b.OpenMinute && a.CloseMinute == b.CloseMinute &&
        a.ByAppointmentOnly == b.ByAppointmentOnly && a.OrByAppointment == b.OrByAppointment &&
        a.SubjectToChange == b.SubjectToChange;
}
