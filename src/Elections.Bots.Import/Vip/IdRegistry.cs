using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Vip;

/// <summary>
/// Every id in the feed and where it was first seen. VIP ids are unique across the whole feed, not per file
/// (vip.md §1.2), so a second use anywhere is reported with the place of the first.
/// </summary>
public sealed class IdRegistry(FindingCollector findings)
{
    private readonly Dictionary<string, (string File, int Line)> _ids = new(StringComparer.Ordinal);

    public int Count => _ids.Count;

    public bool Contains(string id) => _ids.ContainsKey(id);

    public void Register(string id, string file, int line, int? column)
    {
        if (_ids.TryAdd(id, (file, line))) return;
        var first = _ids[id];
        findings.Error(file, line, column, FindingCodes.Duplicates,
            $"the id '{id}' is already used in {first.File} line {first.Line}; every object in the feed needs its own id");
    }
}
