using Elections.Bots.Core.Dialog;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Golden;
using Elections.Bots.Tests;
using Microsoft.Extensions.Time.Testing;

namespace Elections.Bots.Import.Tests.Golden;

/// <summary>The publish gate: golden questions go through the real engine on the unpublished dataset.</summary>
public sealed class GoldenGateTests : TemporaryFolder
{
    [Fact]
    public async Task RunAsync_WhenAnswerComesFromAnotherFaq_FailsAndShowsWhatTheBotSaid()
    {
        var golden = Write("golden.csv", "locale,question,expected_faq_id\nen-US,What ID do I need to vote?,id-requirements\nen-US,What ID do I need to vote?,mail-request\n");

        var results = await RunAsync(golden);

        Assert.True(results[0].Passed);
        Assert.False(results[1].Passed);
        Assert.Equal(("id-requirements", 3), (results[1].AnsweredBy, results[1].Question.Line));
        Assert.StartsWith("Northland voters show ID", results[1].Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenStructuredIntentIsAcceptedForTheFaq_PassesOnThatIntent()
    {
        var golden = Write("golden.csv", "locale,question,expected_faq_id\nen-US,zzqx vvkw,no-faq\nen-US,zzqx vvkw,other\n");
        Write(GoldenQuestionReader.IntentsFile, "faq_id,intents\nno-faq,Welcome | AskQuestion\n");

        var results = await RunAsync(golden);

        Assert.Equal(["Welcome", "AskQuestion"], results[0].Question.AcceptedIntents.ToArray());
        Assert.Equal(("AskQuestion", true), (results[0].AnsweredBy, results[0].Passed));
        Assert.Equal(("AskQuestion", false), (results[1].AnsweredBy, results[1].Passed));
    }

    [Fact]
    public void Read_WhenLocaleUnknown_ReportsTheRow()
    {
        var golden = Write("golden.csv", "locale,question,expected_faq_id\nfr-FR,Où voter?,eday-polling-place\n");
        var findings = new FindingCollector();

        Assert.Empty(GoldenQuestionReader.Read(golden, findings));

        var finding = Assert.Single(findings.ToReport().Findings);
        Assert.Equal((FindingCodes.InvalidLocale, 2, 1), (finding.Code, finding.Line, finding.Column));
    }

    private static async Task<System.Collections.Immutable.ImmutableArray<GoldenResult>> RunAsync(string golden)
    {
        var questions = GoldenQuestionReader.Read(golden, new FindingCollector(stopAtFirstError: true));
        var gate = new GoldenGate(new EngineOptions(MillbrookBot.Zone, "555-0100"), new FakeTimeProvider(MillbrookBot.At("2027-02-17T10:00")));
        return await gate.RunAsync(MillbrookBot.LoadSample(), questions, CancellationToken.None);
    }

    private string Write(string name, string content)
    {
        var path = PathOf(name);
        File.WriteAllText(path, content);
        return path;
    }
}
