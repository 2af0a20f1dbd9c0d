using Elections.Bots.Import.Findings;
using Elections.Bots.Tests;

namespace Elections.Bots.Import.Tests.Samples;

/// <summary>The XML form of a feed gives the same facts as its CSV form; bad XML is a finding with a line, never a crash.</summary>
public sealed class XmlFeedTests : TemporaryFolder
{
    [Fact]
    public void Import_WhenMillbrookConvertedToXml_LoadsTheSameDataset()
    {
        var xml = PathOf("vipfeed-98013-2027-03-09.xml");
        VipXmlWriter.Write(RepositoryPaths.Sample("vip"), xml);

        var fromXml = ImportRun.Run(xml, RepositoryPaths.Sample("faq.csv"));
        var fromCsv = ImportRun.Run(RepositoryPaths.Sample("vip"), RepositoryPaths.Sample("faq.csv"));

        Assert.False(fromXml.Report.HasErrors, ImportRun.Describe(fromXml.Report));
        Assert.Equal(DatasetSnapshot.Describe(fromCsv.Dataset!), DatasetSnapshot.Describe(fromXml.Dataset!));
    }

    [Fact]
    public void Import_WhenXmlValueWrong_PointsAtTheElement()
    {
        var xml = PathOf("feed.xml");
        VipXmlWriter.Write(RepositoryPaths.Sample("vip"), xml);
        var lines = File.ReadAllLines(xml);
        var line = Array.FindIndex(lines, l => l.Contains("<IsMailOnly>false</IsMailOnly>", StringComparison.Ordinal));
        lines[line] = lines[line].Replace("false", "nope", StringComparison.Ordinal);
        File.WriteAllLines(xml, lines);

        var finding = ImportRun.Single(ImportRun.Run(xml).Report, FindingCodes.InvalidBoolean);

        Assert.Equal(("feed.xml", line + 1), (finding.File, finding.Line));
        Assert.Equal(lines[line].IndexOf('<', StringComparison.Ordinal) + 2, finding.Column);
        Assert.Contains("'nope' is not a boolean", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<VipObject schemaVersion=\"5.2\"><Source id=\"s\"><Name>x</Name></VipObject>", FindingCodes.MalformedXml, 1)]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE v [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n<VipObject>&b;</VipObject>", FindingCodes.MalformedXml, null)]
    [InlineData("<Feed/>", FindingCodes.NotAFeed, 1)]
    public void Import_WhenXmlIsNotAFeed_ReportsWhereAndWhy(string content, string code, int? line)
    {
        var xml = PathOf("feed.xml");
        File.WriteAllText(xml, content);

        var result = ImportRun.Run(xml);

        var finding = Assert.Single(result.Report.Findings);
        Assert.Equal((code, line), (finding.Code, finding.Line));
        Assert.DoesNotContain("DtdProcessing", finding.Message, StringComparison.Ordinal);
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void Import_WhenXmlHasUnknownObject_WarnsOnceAndReadsTheRest()
    {
        var xml = PathOf("feed.xml");
        VipXmlWriter.Write(RepositoryPaths.Sample("vip"), xml);
        File.WriteAllText(xml, File.ReadAllText(xml).Replace("</VipObject>", "<Pollingplace id=\"x\"/><Pollingplace id=\"y\"/></VipObject>", StringComparison.Ordinal));

        var result = ImportRun.Run(xml);

        Assert.Contains("<Pollingplace>", ImportRun.Single(result.Report, FindingCodes.UnknownTags).Message, StringComparison.Ordinal);
        Assert.NotNull(result.Dataset);
    }

}
