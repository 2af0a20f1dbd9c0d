using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Packaging;

namespace Elections.Bots.Import.Faq;

/// <summary>
/// Reads the first sheet of an .xlsx workbook as a table (first row = headers), with nothing but the zip and XML
/// readers of the runtime: small, and safe for the Native AOT import function. Shared and inline strings,
/// booleans, and numbers in a date format (as yyyy-MM-dd) are understood; rows keep their sheet row numbers
/// and cells their column numbers, so findings point at the cell to fix.
/// </summary>
internal static class XlsxSheetReader
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false };

    public static CsvTable? Read(Stream stream, string name, FindingCollector findings, ImportLimits limits)
    {
        using var archive = SafeZip.Open(stream, name, limits, findings,
            "the file is not a readable .xlsx workbook; save it again as an Excel workbook (.xlsx) or as CSV UTF-8");
        if (archive is null) return null;
        List<(int Row, SortedDictionary<int, string> Cells)> rows;
        try
        {
            var shared = SharedStrings(archive, limits);
            var dateStyles = DateStyles(archive, limits);
            rows = ReadSheet(archive, FirstSheet(archive, limits), shared, dateStyles, limits);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or ZipEntryTooLargeException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            findings.Error(name, null, null, FindingCodes.MalformedSpreadsheet,
                $"the workbook cannot be read ({e.Message.TrimEnd('.')}); save it again as an Excel workbook (.xlsx) or as CSV UTF-8");
            return null;
        }

        (int Row, SortedDictionary<int, string> Cells)? header = rows.Count == 0 ? null : rows[0];
        var width = header is null || header.Value.Cells.Count == 0 ? 0 : header.Value.Cells.Keys.Max() + 1;
        ImmutableArray<string> headers = [.. Enumerable.Range(0, width).Select(i => header!.Value.Cells.GetValueOrDefault(i, string.Empty).Trim())];
        if (headers.All(string.IsNullOrWhiteSpace))
        {
            findings.Error(name, 1, null, FindingCodes.NoHeader, "the first sheet is empty; its first row must hold the column names");
        }
        var columns = new CsvColumns(name, headers, findings);
        var table = rows.Skip(1)
            .Where(r => r.Cells.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
            .Select(r => new CsvRow(r.Row, [.. Enumerable.Range(0, width).Select(i => r.Cells.GetValueOrDefault(i, string.Empty))], columns));
        return new CsvTable(columns, [.. table]);
    }

    private static string FirstSheet(ZipArchive archive, ImportLimits limits)
    {
        string? relationId = null;
        using (var workbook = Open(archive, "xl/workbook.xml", limits) ?? throw new InvalidDataException("it has no xl/workbook.xml"))
        {
            while (workbook.ReadToFollowing("sheet", Main))
            {
                relationId = workbook.GetAttribute("id", Relationships);
                break;
            }
        }
        using var rels = Open(archive, "xl/_rels/workbook.xml.rels", limits) ?? throw new InvalidDataException("it has no workbook relationships");
        while (rels.Read())
        {
            if (rels.NodeType == XmlNodeType.Element && rels.LocalName == "Relationship" && rels.GetAttribute("Id") == relationId)
            {
                var target = rels.GetAttribute("Target") ?? string.Empty;
                return target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }
        throw new InvalidDataException("it has no first sheet");
    }

    private static List<string> SharedStrings(ZipArchive archive, ImportLimits limits)
    {
        var strings = new List<string>();
        using var reader = Open(archive, "xl/sharedStrings.xml", limits);
        if (reader is null) return strings;
        while (reader.ReadToFollowing("si", Main))
        {
            strings.Add(Text(reader));
        }
        return strings;
    }

    /// <summary>Style indexes whose number format shows a date (built-in 14–22, 45–47, or a custom format with y or d).</summary>
    private static HashSet<int> DateStyles(ZipArchive archive, ImportLimits limits)
    {
        var customDates = new HashSet<int>();
        var styles = new HashSet<int>();
        using var reader = Open(archive, "xl/styles.xml", limits);
        if (reader is null) return styles;
        var inCellFormats = false;
        var index = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs") inCellFormats = false;
            if (reader.NodeType != XmlNodeType.Element) continue;
            switch (reader.LocalName)
            {
                case "numFmt":
                    var code = (reader.GetAttribute("formatCode") ?? string.Empty).ToLowerInvariant();
                    if ((code.Contains('y', StringComparison.Ordinal) || code.Contains('d', StringComparison.Ordinal)) &&
                        int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var custom))
                    {
                        customDates.Add(custom);
                    }
                    break;
                case "cellXfs":
                    inCellFormats = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellFormats:
                    var format = int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id) ? id : 0;
                    if (format is >= 14 and <= 22 or >= 45 and <= 47 || customDates.Contains(format)) styles.Add(index);
                    index++;
                    break;
            }
        }
        return styles;
    }

    private static List<(int Row, SortedDictionary<int, string> Cells)> ReadSheet(
        ZipArchive archive, string path, List<string> shared, HashSet<int> dateStyles, ImportLimits limits)
    {
        var rows = new List<(int, SortedDictionary<int, string>)>();
        using var reader = Open(archive, path, limits) ?? throw new InvalidDataException($"it has no {path}");
        SortedDictionary<int, string>? cells = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "row")
            {
                var number = int.TryParse(reader.GetAttribute("r"), CultureInfo.InvariantCulture, out var r) ? r : rows.Count + 1;
                cells = [];
                rows.Add((number, cells));
            }
            else if (reader.LocalName == "c" && cells is not null)
            {
                var column = ColumnIndex(reader.GetAttribute("r"), cells.Count == 0 ? 0 : cells.Keys.Max() + 1);
                var type = reader.GetAttribute("t");
                var style = int.TryParse(reader.GetAttribute("s"), CultureInfo.InvariantCulture, out var s) ? s : 0;
                var value = CellValue(reader, type);
                cells[column] = type switch
                {
                    "s" => shared[int.Parse(value, CultureInfo.InvariantCulture)],
                    "b" => value == "1" ? "true" : "false",
                    null or "n" when dateStyles.Contains(style) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
                        => DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => value,
                };
            }
        }
        return rows;
    }

    /// <summary>The text of a cell (<c>v</c>, or <c>is/t</c> for inline strings), leaving the reader after it.</summary>
    private static string CellValue(XmlReader reader, string? type)
    {
        if (reader.IsEmptyElement) return string.Empty;
        using var cell = reader.ReadSubtree();
        cell.Read();
        if (type == "inlineStr") return cell.ReadToFollowing("is", Main) ? Text(cell) : string.Empty;
        return cell.ReadToFollowing("v", Main) ? cell.ReadElementContentAsString() : string.Empty;
    }

    /// <summary>All <c>t</c> texts under the current element (rich text has several runs), phonetic hints left out.</summary>
    private static string Text(XmlReader reader)
    {
        var text = new System.Text.StringBuilder();
        using var subtree = reader.ReadSubtree();
        while (subtree.Read())
        {
            if (subtree.NodeType == XmlNodeType.Element && subtree.LocalName == "rPh") subtree.Skip();
            if (subtree.NodeType == XmlNodeType.Element && subtree.LocalName == "t") text.Append(subtree.ReadElementContentAsString());
        }
        return text.ToString();
    }

    /// <summary>"C7" → 2; a cell without a reference follows the previous one.</summary>
    private static int ColumnIndex(string? reference, int next)
    {
        if (string.IsNullOrEmpty(reference)) return next;
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }

    private static XmlReader? Open(ZipArchive archive, string path, ImportLimits limits)
    {
        var entry = archive.GetEntry(path);
        return entry is null ? null : XmlReader.Create(SafeZip.OpenEntry(entry, limits), Settings);
    }
}
