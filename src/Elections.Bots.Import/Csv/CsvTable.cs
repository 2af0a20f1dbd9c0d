using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Csv;

/// <summary>
/// One small CSV file read whole. Large files (street segments) are read row by row with
/// <see cref="CsvTableReader"/> instead; both share the header matching of <see cref="CsvColumns"/>.
/// </summary>
public sealed class CsvTable(CsvColumns columns, ImmutableArray<CsvRow> rows)
{
    public CsvColumns Columns { get; } = columns;
    public string FileName => Columns.FileName;
    public ImmutableArray<string> Headers => Columns.Headers;
    public ImmutableArray<CsvRow> Rows { get; } = rows;

    public static string HeaderKey(string header) => CsvColumns.HeaderKey(header);

    public bool HasColumn(string name) => Columns.IndexOf(name) >= 0;

    public int ColumnIndex(params ReadOnlySpan<string> names) => Columns.IndexOf(names);

    /// <summary>Parses text; the first malformed row throws a <see cref="DatasetLoadException"/>.</summary>
    public static CsvTable Parse(string fileName, string content) =>
        Parse(fileName, content, new FindingCollector(stopAtFirstError: true));

    /// <summary>Parses text, reporting malformed rows to <paramref name="findings"/> and leaving them out.</summary>
    public static CsvTable Parse(string fileName, string content, FindingCollector findings)
    {
        using var text = new StringReader(content);
        return Read(fileName, text, findings);
    }

    public static CsvTable Read(string fileName, TextReader text, FindingCollector findings)
    {
        var reader = CsvTableReader.Open(fileName, text, findings);
        return new CsvTable(reader.Columns, [.. reader.ReadRows()]);
    }
}
