namespace Elections.Bots.Core.Facts;

/// <summary>One election from the feed, with the deadlines voters ask about.</summary>
/// <remarks>Dates are calendar dates in the jurisdiction's own time zone, as VIP defines them.</remarks>
public sealed record Election(
    string Id,
    string Name,
    DateOnly Date,
    DateOnly? RegistrationDeadline,
    DateOnly? MailBallotRequestDeadline,
    bool HasSameDayRegistration,
    ImmutableArray<OpeningPeriod> ElectionDayHours,
    string? PollingHoursText,
    string? RegistrationInfo,
    string? MailBallotInfo,
    string? ResultsUri,
    bool IsStatewide);
