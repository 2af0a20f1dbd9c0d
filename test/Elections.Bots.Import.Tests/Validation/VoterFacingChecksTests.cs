using Elections.Bots.Import.Findings;
using Elections.Bots.Tests;

namespace Elections.Bots.Import.Tests.Validation;

/// <summary>Our checks on what voters would hear: the FAQ in both languages, text-message length, dates already past.</summary>
public sealed class VoterFacingChecksTests
{
    [Fact]
    public void Import_WhenFaqEntryLacksItsSpanishRow_WarnsAtTheEnglishRow()
    {
        using var copy = TemporaryDataset.CopyOfMillbrook();
        var faq = Path.Combine(copy.Path, "faq.csv");
        var lines = File.ReadAllLines(faq).ToList();
        Assert.StartsWith("election-when,es-US", lines[2], StringComparison.Ordinal);
        lines.RemoveAt(2);
        File.WriteAllLines(faq, lines);

        var result = ImportRun.Millbrook(copy);

        var finding = ImportRun.Single(result.Report, FindingCodes.FaqMissingLocale);
        Assert.Equal((FindingSeverity.Warning, "faq.csv", 2, 2), (finding.Severity, finding.File, finding.Line, finding.Column));
        Assert.Contains("no es-US row", finding.Message, StringComparison.Ordinal);
        Assert.NotNull(result.Dataset);
    }

    [Fact]
    public void Import_WhenSmsAnswerIsLongerThanOneMessage_BlocksPublishing()
    {
        using var copy = TemporaryDataset.CopyOfMillbrook();
        TemporaryDataset.Edit(Path.Combine(copy.Path, "faq.csv"), "Early voting Feb 22-Mar 6.\"", "Early voting Feb 22-Mar 6. Drop boxes are open around the clock from Feb 8 until 8pm on Election Day.\"");

        var result = ImportRun.Millbrook(copy);

        var finding = ImportRun.Single(result.Report, FindingCodes.SmsTooLong);
        Assert.Equal((FindingSeverity.Error, 2, 8), (finding.Severity, finding.Line, finding.Column));
        Assert.Contains("one text message holds 160", finding.Message, StringComparison.Ordinal);
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void Import_WhenRunAfterTheElection_WarnsAboutThePastElectionAndExpiredAnswers()
    {
        using var copy = TemporaryDataset.CopyOfMillbrook();

        var result = ImportRun.Millbrook(copy, now: "2027-04-01T09:00");

        var election = ImportRun.Single(result.Report, FindingCodes.ElectionInPast);
        Assert.Equal(("election.txt", 2, 2), (election.File, election.Line, election.Column));
        var expired = result.Report.Findings.Where(f => f.Code == FindingCodes.FaqExpired).ToList();
        Assert.Equal(6, expired.Count);
        Assert.Contains("'election-when' expired on 2027-03-16", expired[0].Message, StringComparison.Ordinal);
        Assert.False(result.Report.HasErrors);
    }

    [Fact]
    public void Import_WhenRunOnElectionDayEvening_DoesNotCallTheElectionPast()
    {
        using var copy = TemporaryDataset.CopyOfMillbrook();

        var result = ImportRun.Millbrook(copy, now: "2027-03-09T21:30");

        Assert.DoesNotContain(result.Report.Findings, f => f.Code == FindingCodes.ElectionInPast);
    }

    [Theory]
    [InlineData("election-when,en-US", "election-when,fr-FR", FindingCodes.InvalidLocale, 2, 2)]
    [InlineData("election-when,es-US", "election-when,en-US", FindingCodes.Duplicates, 3, 1)]
    [InlineData("2027-01-04,2027-03-16", "2027-03-20,2027-03-16", FindingCodes.DateOrder, 2, 11)]
    public void Import_WhenFaqRowIsWrong_ReportsTheCell(string find, string replace, string code, int line, int column)
    {
        using var copy = TemporaryDataset.CopyOfMillbrook();
        TemporaryDataset.Edit(Path.Combine(copy.Path, "faq.csv"), find, replace);

        var finding = ImportRun.Single(ImportRun.Millbrook(copy).Report, code);

        Assert.Equal((FindingSeverity.Error, "faq.csv", line, column), (finding.Severity, finding.File, finding.Line, finding.Column));
    }
}
