using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Csv;

/// <summary>One data row and the line it started on (1-based, counting the header as line 1).</summary>
public sealed class CsvRow
{
    private readonly ImmutableArray<(int Line, int Column)> _positions;

    public CsvRow(int line, ImmutableArray<string> fields, CsvColumns columns, ImmutableArray<(int Line, int Column)> positions = default)
    {
        Line = line;
        Fields = fields;
        Columns = columns;
        _positions = positions;
    }

    public int Line { get; }
    public ImmutableArray<string> Fields { get; }
    public CsvColumns Columns { get; }
    public string FileName => Columns.FileName;

    /// <summary>The trimmed value of the first matching column, or null when the column is absent or the cell blank.</summary>
    public string? Get(params ReadOnlySpan<string> columnAndAliases)
    {
        var index = Columns.IndexOf(columnAndAliases);
        if (index < 0) return null;
        var value = Fields[index].Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>A value the file must have, for code that cannot go on without it: a missing one is reported, then thrown.</summary>
    public string Required(string column, params ReadOnlySpan<string> aliases) =>
        GetRequired(column, aliases) ?? throw new DatasetLoadException(FileName, Line, null, $"'{column}' is required but missing");

    /// <summary>A value the file must have; when absent it is reported (once per file for a missing column) and null returned.</summary>
    public string? GetRequired(string column, params ReadOnlySpan<string> aliases)
    {
        ReadOnlySpan<string> names = [column, .. aliases];
        var value = Get(names);
        if (value is not null) return value;
        if (Columns.IndexOf(names) < 0) Columns.ReportMissingColumn(column);
        else Report(column, FindingSeverity.Error, FindingCodes.MissingValue, $"{Name(column)} is required but empty; fill it in");
        return null;
    }

    /// <summary>How the column is called in this file (the header as written, or the XML element).</summary>
    public string Name(string column)
    {
        var index = Columns.IndexOf(column);
        return index < 0 ? column : Columns.Headers[index];
    }

    /// <summary>Reports a problem with a value in this row, at the column's position.</summary>
    public void Report(string column, FindingSeverity severity, string code, string message)
    {
        var (line, position) = Position(column);
        Columns.Findings.Report(new Finding(severity, FileName, line, position, code, message));
    }

    public void ReportError(string column, string code, string message) => Report(column, FindingSeverity.Error, code, message);

    public void ReportWarning(string column, string code, string message) => Report(column, FindingSeverity.Warning, code, message);

    /// <summary>An error about a value in this row, for code that stops at the first problem (throw it).</summary>
    public DatasetLoadException Error(string column, string message)
    {
        var (line, position) = Position(column);
        return new DatasetLoadException(FileName, line, position, message);
    }

    /// <summary>Line and 1-based column of a cell: its place in the CSV line, or where the XML element starts.</summary>
    public (int Line, int? Column) Position(string column)
    {
        var index = Columns.IndexOf(column);
        if (index < 0) return (Line, null);
        if (_positions.IsDefault) return (Line, index + 1);
        var (line, position) = _positions[index];
        return line == 0 ? (Line, null) : (line, position);
    }
}
