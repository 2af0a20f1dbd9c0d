namespace Elections.Bots.Cli.Serve.Api;

/// <summary>
/// The unanswered-questions report. This build records none, and says so rather than show an empty list
/// that would read as "every question was answered".
/// </summary>
internal sealed record UnansweredReport(bool Recorded, string Note)
{
    public static readonly UnansweredReport NotRecorded = new(false, "Unanswered questions: not recorded by this build.");
}
