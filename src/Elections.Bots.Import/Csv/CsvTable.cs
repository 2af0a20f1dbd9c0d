using System.Text;

namespace Elections.Bots.Import.Csv;

/// <summary>
/// One CSV file read whole: RFC 4180 quoting, any line ending, a UTF-8 BOM, and a header row. Headers are matched
/// loosely (case, spaces, underscores and punctuation ignored) because administrators' spreadsheets vary, and
/// every row remembers its line number so a bad value can be reported as file, line and column.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string fileName, ImmutableArray<string> headers, ImmutableArray<CsvRow> rows)
    {
        FileName = fileName;
        Headers = headers;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Length; i++)
        {
            _columns.TryAdd(HeaderKey(headers[i]), i);
        }
        foreach (var row in rows) row.Table = this;
    }

    public string FileName { get; }
    public ImmutableArray<string> Headers { get; }
    public ImmutableArray<CsvRow> Rows { get; }

    /// <summary>"Street Name", "street_name" and "STREET-NAME" are one column.</summary>
    public static string HeaderKey(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    public bool HasColumn(string name) => _columns.ContainsKey(HeaderKey(name));

    /// <summary>The 0-based column index of the first header that matches one of <paramref name="names"/> (aliases).</summary>
    public int ColumnIndex(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (_columns.TryGetValue(HeaderKey(name), out var index)) return index;
        }
        return -1;
    }

    public static CsvTable Parse(string fileName, string content)
    {
        var records = CsvTokenizer.Tokenize(fileName, content);
        if (records.Count == 0 || records[0].Fields.All(string.IsNullOrWhiteSpace))
        {
            throw new DatasetLoadException(fileName, 1, null, "the file is empty; the first line must be the header row");
        }
        var headers = records[0].Fields.Select(h => h.Trim()).ToImmutableArray();
        var rows = ImmutableArray.CreateBuilder<CsvRow>(records.Count - 1);
        for (var i = 1; i < records.Count; i++)
        {
            var record = records[i];
            if (record.Fields.Count == 1 && string.IsNullOrWhiteSpace(record.Fields[0])) continue;
            if (record.Fields.Count != headers.Length)
            {
                throw new DatasetLoadException(fileName, record.Line, null,
                    $"expected {headers.Length} values (one per header column) but found {record.Fields.Count}; " +
                    "check for an unquoted comma or a missing value");
            }
            rows.Add(new CsvRow(record.Line, [.. record.Fields]));
        }
        return new CsvTable(fileName, headers, rows.ToImmutable());
    }
}
