namespace Elections.Bots.Core.Facts;

/// <summary>
/// One VIP schedule row: the days from <see cref="StartDate"/> to <see cref="EndDate"/> (inclusive), each open
/// from <see cref="OpenMinute"/> to <see cref="CloseMinute"/>, counted in minutes after local midnight.
/// </summary>
/// <remarks>
/// Minutes, not <see cref="TimeOnly"/>, because VIP allows <c>24:00:00</c> as a closing time (open all day).
/// <see cref="UtcOffset"/> is stored as the feed gives it and never recomputed: the feed is the authority,
/// and early-voting schedules legitimately change offset at the daylight-saving switch.
/// </remarks>
public sealed record OpeningPeriod(
    DateOnly? StartDate,
    DateOnly? EndDate,
    int OpenMinute,
    int CloseMinute,
    TimeSpan? UtcOffset,
    bool ByAppointmentOnly = false,
    bool OrByAppointment = false,
    bool SubjectToChange = false)
{
    public const int MinutesPerDay = 24 * 60;

    public bool IsAllDay => OpenMinute == 0 && CloseMinute == MinutesPerDay;

    public bool Covers(DateOnly day) =>
        (StartDate is null || day >= StartDate) && (EndDate is null || day <= EndDate);
}
