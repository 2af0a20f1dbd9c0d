namespace Elections.Bots.Lambda.Feeds;

/// <summary>The function's response: one line per upload, for the invocation log and a console test.</summary>
public sealed record ImportSummary(IReadOnlyList<ImportSummary.Upload> Imports)
{
    public sealed record Upload(string Feed, string Outcome, string Report, string? Version);
}
