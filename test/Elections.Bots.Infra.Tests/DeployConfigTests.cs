using System.Text.RegularExpressions;
using Elections.Bots.Infra.Tests.Support;
using Elections.Bots.Tests;

namespace Elections.Bots.Infra.Tests;

/// <summary>The deploy settings (samconfig.toml, aws-lambda-tools-defaults.json, the build) agree with the template.</summary>
public sealed partial class DeployConfigTests
{
    private static readonly CfnTemplate Template = RepoFiles.Template;

    private static string RepoFile(params string[] path) => File.ReadAllText(Path.Combine([RepositoryPaths.Root, .. path]));

    public static TheoryData<string> ParameterSources => ["samconfig.toml", "aws-lambda-tools-defaults.json"];

    private static Dictionary<string, string> Parameters(string source)
    {
        var pairs = source == "samconfig.toml"
            ? SamOverride().Matches(SamOverrides().Match(RepoFile(source)).Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal))
                .Select(m => (m.Groups[1].Value, m.Groups[2].Value))
            : (RepoFiles.ReadJson(Path.Combine(RepositoryPaths.Root, source))["template-parameters"]?.ToString() ?? "")
                .Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => (p.Split('=')[0], p.Split('=', 2)[1]));
        return pairs.ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ParameterSources))]
    public void DeploySettings_GiveEveryRequiredParameter_AndNoUnknownOne(string source)
    {
        var given = Parameters(source);
        var required = Template.Parameters.Where(p => p.Value?["Default"] is null).Select(p => p.Key);

        Assert.All(required, name => Assert.True(given.ContainsKey(name), $"{source} does not set the template parameter {name}, which has no default"));
        Assert.All(given.Keys, name => Assert.True(Template.Parameters.ContainsKey(name), $"{source} sets {name}, which is not a template parameter"));
        Assert.All(given, p => Assert.Matches(CfnTemplate.Text(Template.Parameters[p.Key]?["AllowedPattern"]) ?? ".*", p.Value));
    }

    [Fact]
    public void ToolsDefaults_DeployThisTemplate()
    {
        Assert.Equal("template.yaml", CfnTemplate.Text(RepoFiles.ReadJson(Path.Combine(RepositoryPaths.Root, "aws-lambda-tools-defaults.json"))["template"]));
    }

    [Fact]
    public void Build_WritesTheArtifactWhereTheTemplatesCodeUriPoints()
    {
        var codeUri = CfnTemplate.Text(Template.Root["Globals"]?["Function"]?["CodeUri"]);

        Assert.Contains($"--output {codeUri} .", RepoFile("infra", "build", "Dockerfile"), StringComparison.Ordinal);
        Assert.Contains("-r linux-arm64", RepoFile("infra", "build", "Dockerfile"), StringComparison.Ordinal);
    }

    [GeneratedRegex("parameter_overrides = \"(.*)\"")]
    private static partial Regex SamOverrides();

    [GeneratedRegex("(\\w+)=\"([^\"]*)\"")]
    private static partial Regex SamOverride();
}
