namespace Elections.Bots.Cli.Serve.Api;

internal sealed record OfficeView(string Name, string? Phone, string? Email, string? Website);
