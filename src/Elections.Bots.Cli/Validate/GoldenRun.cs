using System.Collections.Immutable;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Golden;

namespace Elections.Bots.Cli.Validate;

/// <summary>The golden questions asked, and every problem found in their file (a row the gate could not ask).</summary>
internal sealed record GoldenRun(ImmutableArray<GoldenResult> Answers, ValidationReport Findings)
{
    /// <summary>A row with an error is a question nobody asked: it blocks publishing like a wrong answer.</summary>
    public bool Passed => !Findings.HasErrors && Answers.All(a => a.Passed);
}
