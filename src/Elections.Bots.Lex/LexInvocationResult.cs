namespace Elections.Bots.Lex;

/// <summary>The outcome of one invocation: its status, the UTF-8 JSON body, and the engine's reply when there was one (for traces).</summary>
public sealed record LexInvocationResult(LexInvocationStatus Status, byte[] Body, DialogReply? Reply = null)
{
    public bool IsError => Status == LexInvocationStatus.Rejected;

    public Stream OpenRead() => new MemoryStream(Body, writable: false);
}
