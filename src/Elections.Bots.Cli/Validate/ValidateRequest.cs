namespace Elections.Bots.Cli.Validate;

/// <summary>The files to check and the clock to judge them by (<c>--now</c>, <c>--time-zone</c>).</summary>
internal sealed record ValidateRequest(string Feed, string? Faq, string? Notices, string? Golden, TimeZoneInfo TimeZone, DateTimeOffset? Now);
