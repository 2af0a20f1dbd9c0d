using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Vip;

/// <summary>
/// A VIP feed as tables of rows named by their CSV file (<c>precinct.txt</c>), whatever format it came in. Small
/// tables are read whole once; the street segments can be streamed. Every row's id is registered as it is read,
/// and the bytes read are hashed into the dataset version.
/// </summary>
public abstract class FeedTables(FindingCollector findings, IdRegistry ids) : IDisposable
{
    private readonly Dictionary<string, CsvTable> _cache = new(StringComparer.Ordinal);

    public FindingCollector Findings { get; } = findings;
    public IdRegistry Ids { get; } = ids;

    public abstract FeedFormatInfo Info { get; }

    public abstract bool Has(string logicalName);

    /// <summary>The file a finding about this table names: the CSV file as the administrator named it, or the XML file.</summary>
    public abstract string FileFor(string logicalName);

    /// <summary>Rows one at a time, read once; ids are registered as they go.</summary>
    public abstract IEnumerable<CsvRow> Rows(string logicalName);

    /// <summary>A small table read whole (cached); null when the feed has none.</summary>
    public CsvTable? Table(string logicalName)
    {
        if (_cache.TryGetValue(logicalName, out var cached)) return cached;
        if (!Has(logicalName)) return null;
        var rows = Rows(logicalName).ToImmutableArray();
        var table = rows.IsEmpty ? EmptyTable(logicalName) : new CsvTable(rows[0].Columns, rows);
        _cache[logicalName] = table;
        return table;
    }

    /// <summary>A required table, or null after reporting that it is missing.</summary>
    public CsvTable? Require(string logicalName)
    {
        var table = Table(logicalName);
        if (table is null) ReportMissing(logicalName);
        return table;
    }

    protected abstract void ReportMissing(string logicalName);

    protected abstract CsvTable EmptyTable(string logicalName);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    protected void Register(CsvRow row)
    {
        var id = row.Get("id");
        if (id is null)
        {
            row.ReportError("id", FindingCodes.MissingId, "the row has no id; give every row an id that is unique in the feed");
            return;
        }
        var (line, column) = row.Position("id");
        Ids.Register(id, row.FileName, line, column);
    }
}
