namespace Elections.Bots.Lex.Wire;

/// <summary>What the code hook returns. <see cref="SessionState"/> is always required.</summary>
public sealed record LexResponse
{
    public required LexSessionState SessionState { get; init; }

    /// <summary>At most 10; required for <c>ElicitIntent</c> and <c>ConfirmIntent</c>.</summary>
    public List<LexMessage>? Messages { get; init; }

    public Dictionary<string, string>? RequestAttributes { get; init; }
}
