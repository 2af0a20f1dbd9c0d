using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Elections.Bots.Import.Tests.Faq;

/// <summary>
/// Writes a minimal .xlsx the way spreadsheet programs do: text in the shared-string table, and dates as
/// serial numbers with a date number format (so the reader must turn them back into dates).
/// </summary>
internal static class XlsxWorkbook
{
    public static void Write(string path, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, ISet<int> dateColumns)
    {
        var shared = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
            .Append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        var rowNumber = 0;
        foreach (var row in rows.Prepend(headers))
        {
            rowNumber++;
            sheet.Append(CultureInfo.InvariantCulture, $"<row r=\"{rowNumber}\">");
            for (var c = 0; c < row.Count; c++)
            {
                if (row[c].Length == 0) continue;
                var reference = $"{(char)('A' + c)}{rowNumber}";
                if (rowNumber > 1 && dateColumns.Contains(c))
                {
                    var serial = DateOnly.ParseExact(row[c], "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue).ToOADate();
                    sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" s=\"1\"><v>{serial}</v></c>");
                    continue;
                }
                if (!index.TryGetValue(row[c], out var id))
                {
                    index[row[c]] = id = shared.Count;
                    shared.Add(row[c]);
                }
                sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"s\"><v>{id}</v></c>");
            }
            sheet.Append("</row>");
        }
        sheet.Append("</sheetData></worksheet>");

        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        Entry(archive, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        Entry(archive, "xl/workbook.xml",
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
            "<sheets><sheet name=\"FAQ\" sheetId=\"1\" r:id=\"rId7\"/><sheet name=\"Notes\" sheetId=\"2\" r:id=\"rId8\"/></sheets></workbook>");
        Entry(archive, "xl/_rels/workbook.xml.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId8\" Target=\"worksheets/sheet2.xml\"/><Relationship Id=\"rId7\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        Entry(archive, "xl/styles.xml",
            "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>");
        Entry(archive, "xl/sharedStrings.xml",
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
            string.Concat(shared.Select(s => $"<si><t xml:space=\"preserve\">{SecurityElement.Escape(s)}</t></si>")) + "</sst>");
        Entry(archive, "xl/worksheets/sheet1.xml", sheet.ToString());
        Entry(archive, "xl/worksheets/sheet2.xml",
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>not the FAQ</t></is></c></row></sheetData></worksheet>");
    }

    private static void Entry(ZipArchive archive, string name, string content)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
