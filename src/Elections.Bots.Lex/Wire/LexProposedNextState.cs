namespace Elections.Bots.Lex.Wire;

public sealed record LexProposedNextState
{
    public LexDialogAction? DialogAction { get; init; }

    public LexIntent? Intent { get; init; }

    public LexPrompt? Prompt { get; init; }
}
