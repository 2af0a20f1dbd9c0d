namespace Elections.Bots.Import.Csv;

/// <summary>One data row and the line it started on (1-based, counting the header as line 1).</summary>
public sealed class CsvRow(int line, ImmutableArray<string> fields)
{
    public int Line { get; } = line;
    public ImmutableArray<string> Fields { get; } = fields;
    internal CsvTable Table { get; set; } = null!;

    /// <summary>The trimmed value of the first matching column, or null when the column is absent or the cell blank.</summary>
    public string? Get(params ReadOnlySpan<string> columnAndAliases)
    {
        var index = Table.ColumnIndex(columnAndAliases);
        if (index < 0) return null;
        var value = Fields[index].Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>A value the file must have; the error names the file, line and column.</summary>
    public string Required(string column, params ReadOnlySpan<string> aliases)
    {
        ReadOnlySpan<string> names = [column, .. aliases];
        var value = Get(names);
        if (value is not null) return value;
        var index = Table.ColumnIndex(names);
        throw index < 0
            ? new DatasetLoadException(Table.FileName, 1, null, $"the header row has no '{column}' column, which is required")
            : Error(column, $"'{column}' is required but empty");
    }

    /// <summary>An error about a value in this row, with the column's 1-based position.</summary>
    public DatasetLoadException Error(string column, string message)
    {
        var index = Table.ColumnIndex(column);
        return new DatasetLoadException(Table.FileName, Line, index < 0 ? null : index + 1, message);
    }
}
