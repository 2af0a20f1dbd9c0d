using System.Text;
using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Csv;

/// <summary>
/// The header of one table and where its problems go. Headers are matched loosely (case, spaces, underscores and
/// punctuation ignored) because administrators' spreadsheets vary; an XML feed's rows use the same matching with
/// the element names as headers, so one reader serves both formats.
/// </summary>
public sealed class CsvColumns
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private HashSet<string>? _reportedMissing;

    public CsvColumns(string fileName, ImmutableArray<string> headers, FindingCollector findings, ImmutableArray<string> keys = default)
    {
        FileName = fileName;
        Headers = headers;
        Findings = findings;
        for (var i = 0; i < headers.Length; i++)
        {
            _index.TryAdd(keys.IsDefault ? HeaderKey(headers[i]) : HeaderKey(keys[i]), i);
        }
    }

    /// <summary>The file findings name: <c>precinct.txt</c>, or the XML file for an XML feed.</summary>
    public string FileName { get; }

    /// <summary>The headers as the administrator wrote them (element paths for XML), for messages.</summary>
    public ImmutableArray<string> Headers { get; }

    public FindingCollector Findings { get; }

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

    /// <summary>The 0-based index of the first header matching one of <paramref name="names"/> (a column and its aliases).</summary>
    public int IndexOf(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (_index.TryGetValue(HeaderKey(name), out var index)) return index;
        }
        return -1;
    }

    /// <summary>A required column is absent: said once for the whole file, not once per row.</summary>
    internal void ReportMissingColumn(string column)
    {
        _reportedMissing ??= new HashSet<string>(StringComparer.Ordinal);
        if (_reportedMissing.Add(column))
        {
            Findings.Error(FileName, 1, null, FindingCodes.MissingHeaders,
                $"the header row has no '{column}' column, which is required; add it");
        }
    }
}
