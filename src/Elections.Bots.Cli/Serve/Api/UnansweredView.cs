namespace Elections.Bots.Cli.Serve.Api;

/// <summary>
/// The questions this playground could not answer since it started, grouped as <c>report unanswered</c> groups
/// them, each with the FAQ entry that came closest: what to add or reword before the office goes live.
/// </summary>
/// <param name="Note">One sentence on what is shown and where else the questions went (a file, or nowhere).</param>
internal sealed record UnansweredView(string Note, int Questions, IReadOnlyList<UnansweredGroupView> Groups);
