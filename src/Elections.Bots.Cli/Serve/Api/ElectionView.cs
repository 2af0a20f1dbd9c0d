namespace Elections.Bots.Cli.Serve.Api;

/// <summary>Dates are the jurisdiction's calendar dates (yyyy-MM-dd).</summary>
internal sealed record ElectionView(string Id, string Name, string Date, string? RegistrationDeadline, string? MailBallotRequestDeadline);
