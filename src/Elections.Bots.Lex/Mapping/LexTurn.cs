using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Mapping;

/// <summary>The engine's turn plus what the renderer needs to answer Lex in kind.</summary>
/// <param name="LexIntent">The intent Lex is working on (echoed on <c>Delegate</c>); may be null on a partial event.</param>
/// <param name="FollowsLexIntent">The turn's intent is the one Lex chose, so Lex may be left to carry on with it.</param>
public sealed record LexTurn(LexEvent Event, DialogTurn Turn, LexIntent? LexIntent, bool FollowsLexIntent)
{
    public bool IsDialogCodeHook => Event.InvocationSource == LexInvocationSources.DialogCodeHook;

    public string LexIntentName => LexIntent?.Name is { Length: > 0 } name ? name : LexBuiltInIntents.Fallback;

    public IReadOnlyDictionary<string, string>? SessionAttributes => Event.SessionState?.SessionAttributes;
}
