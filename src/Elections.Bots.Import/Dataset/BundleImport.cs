using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Golden;

namespace Elections.Bots.Import.Dataset;

/// <summary>A checked dataset zip: the import, the golden answers (null when none were asked) and problems in the questions file.</summary>
public sealed record BundleImport(ImportResult Import, ImmutableArray<GoldenResult>? Golden, ImmutableArray<Finding> QuestionFindings)
{
    /// <summary>
    /// No error anywhere and every golden answer right. A broken questions file blocks too: rows it could not read
    /// are questions nobody asked.
    /// </summary>
    public bool Publishable =>
        Import.Dataset is not null && Golden?.All(g => g.Passed) != false && !QuestionFindings.Any(f => f.IsError);
}
