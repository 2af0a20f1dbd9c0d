using System.Text.Json;
using Elections.Bots.Tests;

namespace Elections.Bots.Cli.Tests;

/// <summary>The commands a newcomer and a script run, as processes, from a folder that is not the repository.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Chat_WhenRunFromAnyFolder_AnswersFromTheBundledSample()
    {
        var (exit, output, error) = await CliProcess.RunAsync("what is the registration deadline\nquit\n", "chat", "--now", "2027-02-17");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Millbrook County", output, StringComparison.Ordinal);
        Assert.Contains("Welcome to the Millbrook County voter information line.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_WhenChannelIsSms_PrintsTheTextMessageVersion()
    {
        var (exit, output, _) = await CliProcess.RunAsync("3\n", "chat", "--channel", "sms", "--now", "2027-02-17");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("[Voter information]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_WithUnansweredFile_KeepsOnlyRedactedQuestionsThatTheReportGroups()
    {
        var file = Path.Combine(Path.GetTempPath(), "eb-chat-unanswered-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            var (exit, output, error) = await CliProcess.RunAsync(
                "can I get a tractor parade permit for 12 Oak Street, call me at 555-201-3344\nwhat is the registration deadline\nquit\n",
                "chat", "--now", "2027-02-17", "--unanswered", file);

            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, error);
            Assert.Contains($"1 unanswered question, redacted, appended to {file}.", output, StringComparison.Ordinal);
            var stored = File.ReadAllText(file);
            Assert.Contains("tractor parade permit for [address], call me at [phone]", stored, StringComparison.Ordinal);
            Assert.DoesNotContain("Oak", stored, StringComparison.Ordinal);
            Assert.DoesNotContain("3344", stored, StringComparison.Ordinal);
            Assert.DoesNotContain("registration", stored, StringComparison.Ordinal);

            var (reportExit, report, _) = await CliProcess.RunAsync(null, "report", "unanswered", "--file", file, "--now", "2027-02-17");

            Assert.Equal(0, reportExit);
            Assert.Contains("1 in 1 groups", report, StringComparison.Ordinal);
            Assert.Contains("tractor parade permit", report, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Chat_WhenUnansweredFileFolderIsMissing_ExitsTwoSayingSo()
    {
        var (exit, _, error) = await CliProcess.RunAsync("quit\n", "chat", "--unanswered", Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "q.jsonl"));

        Assert.Equal(2, exit);
        Assert.Contains("does not exist; create it", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WithJson_PrintsTheReplyAndWhichFactsAnswered()
    {
        var (exit, output, _) = await CliProcess.RunAsync(null, "ask", "¿Cuándo es la elección especial?", "--json", "--locale", "es-US", "--now", "2027-02-17");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("es-US", root.GetProperty("locale").GetString());
        Assert.StartsWith("local-", root.GetProperty("datasetVersion").GetString(), StringComparison.Ordinal);
        Assert.Contains("¿", output, StringComparison.Ordinal);
        Assert.True(root.TryGetProperty("faqId", out _));
        Assert.True(root.TryGetProperty("precinctId", out _));
    }

    [Fact]
    public async Task Ask_WhenDataFolderBroken_ExitsOneNamingFileAndLine()
    {
        using var folder = TemporaryDataset.CopyOfMillbrook();
        var path = Path.Combine(folder.FeedPath, "schedule.txt");
        File.WriteAllText(path, File.ReadAllText(path).Replace("20:00:00-05:00", "8pm", StringComparison.Ordinal));

        var (exit, output, error) = await CliProcess.RunAsync(null, "ask", "when is the election", "--data", folder.Path);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("schedule.txt, line 2, column 4: '8pm' is not a time with a UTC offset", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--locale", "fr-FR", "use en-US or es-US")]
    [InlineData("--now", "next tuesday", "write 2027-02-20")]
    [InlineData("--channel", "fax", "not one of web, sms, voice, alexa")]
    [InlineData("--time-zone", "Mars/Olympus", "IANA name")]
    public async Task Ask_WhenOptionValueWrong_ExitsTwoSayingWhatIsAccepted(string option, string value, string hint)
    {
        var (exit, _, error) = await CliProcess.RunAsync(null, "ask", "hello", option, value);

        Assert.Equal(2, exit);
        Assert.Contains(hint, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeLex_WithAnEventOnStandardInput_PrintsTheLexResponse()
    {
        var lexEvent = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "test", "Elections.Bots.Lex.Tests", "Events", "web-fulfillment-polling-place.json"));

        var (exit, output, _) = await CliProcess.RunAsync(lexEvent, "invoke", "lex", "--now", "2027-02-17");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var state = json.RootElement.GetProperty("sessionState");
        Assert.Equal("Close", state.GetProperty("dialogAction").GetProperty("type").GetString());
        Assert.Equal("Fulfilled", state.GetProperty("intent").GetProperty("state").GetString());
    }

    [Fact]
    public async Task InvokeLex_WhenInputIsNotALexEvent_ExitsOneWithAClearError()
    {
        var (exit, output, _) = await CliProcess.RunAsync("{\"hello\":\"world\"}", "invoke", "lex");

        Assert.Equal(1, exit);
        Assert.Contains("NotLexEvent", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAlexa_WithTheSkillsId_SpeaksTheAnswerInSsml()
    {
        var request = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "test", "Elections.Bots.Alexa.Tests", "Events", "IntentRequest.NextElection.en-US.json"));

        var (exit, output, _) = await CliProcess.RunAsync(request, "invoke", "alexa", "--skill-id", "amzn1.ask.skill.7d4f2a10-0000-4000-8000-00000000e1ec", "--now", "2027-02-17");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var speech = json.RootElement.GetProperty("response").GetProperty("outputSpeech");
        Assert.Equal("SSML", speech.GetProperty("type").GetString());
        Assert.Contains("<say-as interpret-as='date'>????0309</say-as>", speech.GetProperty("ssml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAlexa_WhenRequestIsForAnotherSkill_RefusesWithExitOne()
    {
        var request = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "test", "Elections.Bots.Alexa.Tests", "Events", "IntentRequest.NextElection.en-US.json"));

        var (exit, output, _) = await CliProcess.RunAsync(request, "invoke", "alexa", "--skill-id", "amzn1.ask.skill.someone-else");

        Assert.Equal(1, exit);
        Assert.Contains("Alexa.WrongSkill", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAlexa_WithoutASkillId_ExitsTwoSayingWhatIsNeeded()
    {
        var (exit, _, error) = await CliProcess.RunAsync("{}", "invoke", "alexa");

        Assert.Equal(2, exit);
        Assert.Contains("--skill-id", error, StringComparison.Ordinal);
    }
}
