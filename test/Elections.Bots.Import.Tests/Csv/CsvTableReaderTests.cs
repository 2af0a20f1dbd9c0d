using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;
using Elections.Bots.Tests;

namespace Elections.Bots.Import.Tests.Csv;

/// <summary>How administrators' exports really look: BOM, CRLF, quoted commas and line breaks, any header spelling.</summary>
public sealed class CsvTableReaderTests
{
    [Fact]
    public void Parse_WhenExportHasBomCrlfAndQuotedLineBreaks_KeepsValuesAndLineNumbers()
    {
        var table = CsvTable.Parse("t.txt", "\uFEFFID,Street Name,Notes\r\n1,\"Main, St\",\"two\r\nlines\"\r\n\r\n2,Oak,\"say \"\"hi\"\"\"\r\n");

        Assert.Equal(2, table.Rows.Length);
        Assert.Equal(["1", "Main, St", "two\r\nlines"], table.Rows[0].Fields.ToArray());
        Assert.Equal(5, table.Rows[1].Line);
        Assert.Equal("say \"hi\"", table.Rows[1].Get("notes"));
        Assert.Equal("Oak", table.Rows[1].Get("street_name"));
    }

    [Fact]
    public void Parse_WhenFileEndsWithoutNewline_ReadsTheLastRow()
    {
        var table = CsvTable.Parse("t.txt", "id,name\nst51,Virginia");

        Assert.Equal("Virginia", Assert.Single(table.Rows).Get("name"));
    }

    [Fact]
    public void Read_WhenFeedUsesVip51ColumnNamesAndIdLast_LoadsLikeTheCurrentNames()
    {
        using var copy = TemporaryDataset.CopyOfMillbrook();
        File.WriteAllText(Path.Combine(copy.FeedPath, "department.txt"),
            "election_official_person_id,Parent ID,ID\r\nper-clerk,ea-millbrook,dep-millbrook\r\n,ea-northland,dep-northland\r\n");

        var result = ImportRun.Millbrook(copy);

        Assert.False(result.Report.HasErrors, ImportRun.Describe(result.Report));
        Assert.Equal("Dolores A. Whitcombe", result.Dataset!.Facts.Office.OfficialName);
    }

    [Fact]
    public void Read_WhenFileIsNotUtf8_SaysHowToSaveIt()
    {
        using var copy = TemporaryDataset.CopyOfMillbrook();
        var path = Path.Combine(copy.FeedPath, "locality.txt");
        File.WriteAllBytes(path, [.. File.ReadAllBytes(path), 0xE9, 0x0A]);

        var finding = ImportRun.Single(ImportRun.Millbrook(copy).Report, FindingCodes.InvalidUtf8);

        Assert.Equal("locality.txt", finding.File);
        Assert.Contains("CSV UTF-8", finding.Message, StringComparison.Ordinal);
    }
}
