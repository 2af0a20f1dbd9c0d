namespace Elections.Bots.Cli.Serve.Api;

/// <param name="Scope">"everywhere", or the precincts and places it is said for.</param>
internal sealed record NoticeView(string Id, string English, string? Spanish, string? Uri, string Scope, string? ValidUntil);
