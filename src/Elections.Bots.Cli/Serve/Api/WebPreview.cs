namespace Elections.Bots.Cli.Serve.Api;

/// <summary>The Lex web UI's messages: text bubbles, then a card whose buttons send their value back.</summary>
internal sealed record WebPreview(IReadOnlyList<string> Texts, WebCard? Card);
