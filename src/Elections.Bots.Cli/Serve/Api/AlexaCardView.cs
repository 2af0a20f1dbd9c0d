namespace Elections.Bots.Cli.Serve.Api;

/// <summary>The card in the Alexa app: its type, title and body text.</summary>
internal sealed record AlexaCardView(string Type, string? Title, string? Body);
