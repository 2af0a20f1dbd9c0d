namespace Elections.Bots.Core.Facts;

/// <summary>The VIP election_administration <c>*_uri</c> links; any may be missing.</summary>
public sealed record OfficeLinks(
    string? Elections = null,
    string? Registration = null,
    string? AmIRegistered = null,
    string? MailBallot = null,
    string? WhereDoIVote = null,
    string? WhatIsOnMyBallot = null,
    string? Rules = null,
    string? BallotTracking = null,
    string? ProvisionalTracking = null);
