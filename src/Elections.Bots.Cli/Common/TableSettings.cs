namespace Elections.Bots.Cli.Common;

/// <summary><c>--table NAME [--endpoint URL] [--region R]</c>: a DynamoDB facts table (dynalite locally).</summary>
internal sealed record TableSettings(string Name, string? Endpoint, string? Region);
