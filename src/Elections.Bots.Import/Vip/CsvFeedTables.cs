using System.Text;
using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Packaging;

namespace Elections.Bots.Import.Vip;

/// <summary>A VIP CSV feed: one <c>.txt</c> (or <c>.csv</c>) file per object type, read header-first.</summary>
internal sealed class CsvFeedTables(FeedPackage package, FeedLayout layout, ContentHash hash, FindingCollector findings, IdRegistry ids)
    : FeedTables(findings, ids)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public override FeedFormatInfo Info { get; } = new(FeedFormat.Csv, "VIP CSV");

    public override bool Has(string logicalName) => layout.CsvEntries.ContainsKey(logicalName);

    public override string FileFor(string logicalName) =>
        layout.CsvEntries.TryGetValue(logicalName, out var entry) ? entry[(entry.LastIndexOf('/') + 1)..] : logicalName;

    public override IEnumerable<CsvRow> Rows(string logicalName)
    {
        if (!layout.CsvEntries.TryGetValue(logicalName, out var entry)) yield break;
        using var stream = hash.Wrap(logicalName, package.Open(entry));
        using var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);
        var reader = CsvTableReader.Open(FileFor(logicalName), text, Findings);
        WarnAboutUnknownHeaders(logicalName, reader.Columns);
        foreach (var row in reader.ReadRows())
        {
            Register(row);
            yield return row;
        }
    }

    /// <summary>An unknown header is usually a misspelt known one ("precint_id"), whose values are then missed.</summary>
    private void WarnAboutUnknownHeaders(string logicalName, CsvColumns columns)
    {
        if (!VipColumns.ByFile.ContainsKey(logicalName)) return;
        var unknown = columns.Headers.Where(h => h.Length > 0 && !VipColumns.IsKnown(logicalName, h)).ToList();
        if (unknown.Count > 0)
        {
            Findings.Warning(columns.FileName, 1, null, FindingCodes.ExtraneousHeaders,
                $"{string.Join(", ", unknown.Select(h => $"'{h}'"))} {(unknown.Count == 1 ? "is not a VIP column" : "are not VIP columns")} and will be ignored; check the spelling");
        }
    }

    protected override void ReportMissing(string logicalName) =>
        Findings.Error(logicalName, null, null, FindingCodes.MissingCsv,
            $"the file is missing from the feed; {logicalName} is required to answer voters");

    protected override CsvTable EmptyTable(string logicalName) =>
        new(new CsvColumns(FileFor(logicalName), [], Findings), []);
}
