namespace Elections.Bots.Import.Findings;

/// <summary>Everything the validator found, in the order it was found; errors block publishing.</summary>
public sealed record ValidationReport(
    ImmutableArray<Finding> Findings,
    ImmutableArray<OmittedFindings> Omitted,
    int ErrorCount,
    int WarningCount)
{
    public bool HasErrors => ErrorCount > 0;

    public IEnumerable<Finding> Errors => Findings.Where(f => f.IsError);
}
