using Elections.Bots.Cli.Common;
using Elections.Bots.Cli.Export;
using Elections.Bots.Cli.Export.Alexa;
using Elections.Bots.Cli.Export.Lex;
using Elections.Bots.Infra.Tests.Support;

namespace Elections.Bots.Infra.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("export-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string StaleTemplate()
    {
        var block = LexTemplateBlock.Extract(RepoFiles.TemplateText);
        var stale = RepoFiles.TemplateText.Replace(block.Split('\n')[^6], "            - Utterance: stale", StringComparison.Ordinal);
        var path = Path.Combine(_folder, "template.yaml");
        File.WriteAllText(path, stale);
        return path;
    }

    [Fact]
    public void ExportLex_WhenTheTemplateIsStale_RewritesItToMatchTheCommittedOne()
    {
        var path = StaleTemplate();
        var output = new StringWriter();

        Assert.Equal(ExitCodes.Success, ExportCommand.RunLex(path, check: false, output));

        Assert.Equal(RepoFiles.TemplateText, File.ReadAllText(path));
        Assert.Contains("wrote 17 intents in en_US and es_US", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExportLexCheck_WhenTheTemplateIsStale_FailsAndChangesNothing()
    {
        var path = StaleTemplate();
        var before = File.ReadAllText(path);
        var output = new StringWriter();

        Assert.Equal(ExitCodes.Failure, ExportCommand.RunLex(path, check: true, output));

        Assert.Equal(before, File.ReadAllText(path));
        Assert.Equal($"{path} is out of date with the bot model: run `elections-bots export lex`.", output.ToString().Trim());
    }

    [Fact]
    public void ExportLex_WhenTheMarkersAreMissing_SaysWhereTheyGo()
    {
        var path = Path.Combine(_folder, "template.yaml");
        File.WriteAllText(path, "Resources: {}\n");

        var error = Assert.Throws<UsageException>(() => ExportCommand.RunLex(path, check: false, TextWriter.Null));

        Assert.Equal($"{path}: The template has no '{LexTemplateBlock.BeginMarker}' line: put the two marker comments where the bot's BotLocales go.", error.Message);
    }

    [Fact]
    public void ExportAlexa_WithTheStacksEndpoint_WritesAPackageThatPointsAtIt()
    {
        const string arn = "arn:aws:lambda:us-east-1:123456789012:function:millbrook-AlexaFunction-AbC123";
        var settings = AlexaSkillSettings.Sample with { EndpointArn = arn };

        Assert.Equal(ExitCodes.Success, ExportCommand.RunAlexa(settings, _folder, check: false, TextWriter.Null));

        var manifest = RepoFiles.ReadJson(Path.Combine(_folder, AlexaSkillPackage.ManifestFile));
        Assert.Equal(arn, CfnTemplate.Text(manifest["manifest"]?["apis"]?["custom"]?["endpoint"]?["uri"]));
        Assert.True(File.Exists(Path.Combine(_folder, AlexaSkillPackage.ModelFile(Locale.Spanish))));
        Assert.Equal(ExitCodes.Success, ExportCommand.RunAlexa(settings, _folder, check: true, TextWriter.Null));
    }

    [Theory]
    [InlineData("Millbrook Elections", "The en-US invocation name 'Millbrook Elections' must be two or more lower-case words (letters, spaces, apostrophes).")]
    [InlineData("elections", "The en-US invocation name 'elections' must be two or more lower-case words (letters, spaces, apostrophes).")]
    public void ExportAlexa_WithAnInvocationNameAlexaRejects_SaysWhy(string invocation, string message)
    {
        var settings = AlexaSkillSettings.Sample with { InvocationName = new Localized<string>(invocation, "elecciones de millbrook") };

        var error = Assert.Throws<UsageException>(() => ExportCommand.RunAlexa(settings, _folder, check: false, TextWriter.Null));

        Assert.Equal(message, error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public void ExportAlexaCheck_WhenAFileIsMissing_NamesItAndFails()
    {
        var output = new StringWriter();

        Assert.Equal(ExitCodes.Failure, ExportCommand.RunAlexa(AlexaSkillSettings.Sample, _folder, check: true, output));

        Assert.Contains($"{Path.Combine(_folder, "skill.json")} is out of date with the bot model", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }
}
