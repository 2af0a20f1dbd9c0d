namespace Elections.Bots.Lex.Wire;

public sealed record LexProposedNextState
{
    public LexDialogAction? DialogAction { get; set; }

    public LexIntent? Intent { get; set; }

    public LexPrompt? Prompt { get; set; }
}
