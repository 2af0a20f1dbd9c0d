namespace Elections.Bots.Cli.Export;

/// <summary>The NLU platforms the bot model is exported to.</summary>
internal enum ExportPlatform
{
    Lex,
    Alexa,
}
