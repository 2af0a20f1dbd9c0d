namespace Elections.Bots.Import.Findings;

/// <summary>
/// Where readers and checks report problems. The validator collects them all (the first
/// <see cref="MaxPerKind"/> of each code and file kept, the rest counted); the trusted-dataset loader stops at the
/// first error by throwing it as a <see cref="DatasetLoadException"/>. Readers are written once for both: after
/// reporting an error they skip the value or row and carry on.
/// </summary>
public sealed class FindingCollector(bool stopAtFirstError = false, int maxPerKind = FindingCollector.DefaultMaxPerKind)
{
    public const int DefaultMaxPerKind = 50;

    private readonly List<Finding> _kept = [];
    private readonly Dictionary<(string Code, string File), int> _counts = [];

    public int MaxPerKind { get; } = maxPerKind;
    public int ErrorCount { get; private set; }
    public int WarningCount { get; private set; }
    public bool HasErrors => ErrorCount > 0;

    public void Report(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.IsError)
        {
            if (stopAtFirstError) throw new DatasetLoadException(finding.File, finding.Line, finding.Column, finding.Message);
            ErrorCount++;
        }
        else if (finding.Severity == FindingSeverity.Warning)
        {
            WarningCount++;
        }
        var key = (finding.Code, finding.File);
        var count = _counts.GetValueOrDefault(key) + 1;
        _counts[key] = count;
        if (count <= MaxPerKind) _kept.Add(finding);
    }

    public void Error(string file, int? line, int? column, string code, string message) =>
        Report(new Finding(FindingSeverity.Error, file, line, column, code, message));

    public void Warning(string file, int? line, int? column, string code, string message) =>
        Report(new Finding(FindingSeverity.Warning, file, line, column, code, message));

    public void Note(string file, string code, string message) =>
        Report(new Finding(FindingSeverity.Note, file, null, null, code, message));

    public ValidationReport ToReport() => new(
        [.. _kept],
        [.. _counts.Where(c => c.Value > MaxPerKind).Select(c => new OmittedFindings(c.Key.Code, c.Key.File, c.Value - MaxPerKind))],
        ErrorCount,
        WarningCount);
}
