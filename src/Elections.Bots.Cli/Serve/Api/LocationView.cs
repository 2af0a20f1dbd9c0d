namespace Elections.Bots.Cli.Serve.Api;

internal sealed record LocationView(string Id, string? Name);
