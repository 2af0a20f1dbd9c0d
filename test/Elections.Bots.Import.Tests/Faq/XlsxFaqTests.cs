using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;
using Elections.Bots.Tests;

namespace Elections.Bots.Import.Tests.Faq;

/// <summary>Administrators keep the FAQ in a spreadsheet: the first sheet of an .xlsx reads exactly as faq.csv does.</summary>
public sealed class XlsxFaqTests : TemporaryFolder
{
    [Fact]
    public void Import_WhenFaqIsAWorkbook_ReadsTheSameEntriesAsTheCsv()
    {
        var csv = CsvTable.Parse("faq.csv", File.ReadAllText(RepositoryPaths.Sample("faq.csv")));
        var workbook = PathOf("faq.xlsx");
        var dates = new HashSet<int> { csv.ColumnIndex("valid_from"), csv.ColumnIndex("valid_until") };
        XlsxWorkbook.Write(workbook, csv.Headers, csv.Rows.Select(r => (IReadOnlyList<string>)r.Fields), dates);

        var fromWorkbook = ImportRun.Run(RepositoryPaths.Sample("vip"), workbook);
        var fromCsv = ImportRun.Run(RepositoryPaths.Sample("vip"), RepositoryPaths.Sample("faq.csv"));

        Assert.False(fromWorkbook.Report.HasErrors, ImportRun.Describe(fromWorkbook.Report));
        Assert.Equal(90, fromWorkbook.Dataset!.Facts.Faq.Length);
        Assert.Equal(DatasetSnapshot.Describe(fromCsv.Dataset!), DatasetSnapshot.Describe(fromWorkbook.Dataset));
        Assert.Equal(new DateOnly(2027, 3, 16), fromWorkbook.Dataset.Facts.Faq[0].ValidUntil);
    }

    [Fact]
    public void Import_WhenWorkbookCellIsWrong_PointsAtItsRowAndColumn()
    {
        var workbook = PathOf("faq.xlsx");
        XlsxWorkbook.Write(workbook, ["id", "locale", "question", "answer"],
            [["hours", "en-US", "When are polls open?", "7 to 8."], ["hours", "xx-YY", "¿Cuándo?", "De 7 a 8."]], new HashSet<int>());

        var finding = ImportRun.Single(ImportRun.Run(RepositoryPaths.Sample("vip"), workbook).Report, FindingCodes.InvalidLocale);

        Assert.Equal(("faq.xlsx", 3, 2), (finding.File, finding.Line, finding.Column));
    }

    [Fact]
    public void Import_WhenWorkbookIsNotOne_SaysHowToSaveIt()
    {
        var workbook = PathOf("faq.xlsx");
        File.WriteAllText(workbook, "id,locale\n");

        var finding = ImportRun.Single(ImportRun.Run(RepositoryPaths.Sample("vip"), workbook).Report, FindingCodes.NotAFeed);

        Assert.Contains("save it again as an Excel workbook", finding.Message, StringComparison.Ordinal);
    }

}
