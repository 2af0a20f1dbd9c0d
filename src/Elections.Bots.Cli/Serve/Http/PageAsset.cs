namespace Elections.Bots.Cli.Serve.Http;

internal sealed record PageAsset(byte[] Content, string ContentType);
