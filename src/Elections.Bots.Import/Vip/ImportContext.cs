using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Vip;

/// <summary>
/// What every reader of one import shares: where findings go, the feed's ids, "today" in the jurisdiction, a
/// string pool (500,000 segments name a few thousand streets and towns), and references that can only be
/// checked once every file is read.
/// </summary>
public sealed class ImportContext(FindingCollector findings, IdRegistry ids, DateOnly today)
{
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly List<(string File, int Line, int? Column, string Id, FindingSeverity Severity, string Message)> _deferred = [];

    public FindingCollector Findings { get; } = findings;
    public IdRegistry Ids { get; } = ids;
    public DateOnly Today { get; } = today;

    /// <summary>One shared instance per distinct value.</summary>
    public string? Intern(string? value)
    {
        if (value is null) return null;
        if (_pool.TryGetValue(value, out var pooled)) return pooled;
        _pool[value] = value;
        return value;
    }

    /// <summary>A reference to any object in the feed, checked after every file has been read.</summary>
    public void ReferenceAnywhere(CsvRow row, string column, string id, FindingSeverity severity, string why)
    {
        var (line, position) = row.Position(column);
        _deferred.Add((row.FileName, line, position, id, severity, $"'{id}' in {row.Name(column)} is not an id anywhere in the feed; {why}"));
    }

    public void CheckDeferredReferences()
    {
        foreach (var (file, line, column, id, severity, message) in _deferred)
        {
            if (!Ids.Contains(id)) Findings.Report(new Finding(severity, file, line, column, FindingCodes.NoReferent, message));
        }
        _deferred.Clear();
    }
}
