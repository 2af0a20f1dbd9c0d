using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Cli.Serve.Api;

internal sealed record WebCard(string Title, string? Subtitle, IReadOnlyList<LexButton> Buttons);
