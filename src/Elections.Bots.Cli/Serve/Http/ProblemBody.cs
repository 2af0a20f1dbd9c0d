namespace Elections.Bots.Cli.Serve.Http;

/// <summary>What every refusal says: the status again and one sentence a person can act on. Never a stack trace.</summary>
internal sealed record ProblemBody(int Status, string Error);
