using System.Text;
using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Packaging;

namespace Elections.Bots.Import.Faq;

/// <summary>Reads the office's FAQ from <c>faq.csv</c> or from the first sheet of a workbook (<c>.xlsx</c>).</summary>
internal static class FaqFileReader
{
    public static ImmutableArray<FaqEntry> Read(string path, ContentHash hash, FindingCollector findings, DateOnly today, ImportLimits limits)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            findings.Error(name, null, null, FindingCodes.MissingCsv, $"the FAQ file '{path}' does not exist");
            return [];
        }
        var table = ReadTable(path, "faq", hash, findings, limits);
        return table is null ? [] : FaqCsvReader.Read(table, today);
    }

    /// <summary>A CSV or first-sheet table; <paramref name="role"/> ("faq", "notices") names it in the dataset version.</summary>
    internal static CsvTable? ReadTable(string path, string role, ContentHash hash, FindingCollector findings, ImportLimits limits)
    {
        var name = Path.GetFileName(path);
        using var stream = hash.Wrap(role, File.OpenRead(path));
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return XlsxSheetReader.Read(stream, name, findings, limits);
        using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
        return CsvTable.Read(name, text, findings);
    }
}
