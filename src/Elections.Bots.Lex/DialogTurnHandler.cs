namespace Elections.Bots.Lex;

/// <summary>The engine as the adapter sees it: <c>DialogEngine.HandleAsync</c>, or a fake in tests.</summary>
public delegate ValueTask<DialogReply> DialogTurnHandler(DialogTurn turn, CancellationToken cancellationToken);
