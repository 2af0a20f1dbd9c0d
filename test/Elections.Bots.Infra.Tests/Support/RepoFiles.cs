using Elections.Bots.Tests;

namespace Elections.Bots.Infra.Tests.Support;

/// <summary>The deployable files, read from the repository the tests were built in.</summary>
public static class RepoFiles
{
    public static string TemplatePath => Path.Combine(RepositoryPaths.Root, "template.yaml");

    public static string SkillPackage => Path.Combine(RepositoryPaths.Root, "infra", "alexa", "skill-package");

    public static string ContactFlowPath => Path.Combine(RepositoryPaths.Root, "infra", "connect", "contact-flow.json");

    public static string TemplateText { get; } = File.ReadAllText(TemplatePath);

    public static CfnTemplate Template { get; } = CfnTemplate.Parse(TemplateText);

    public static JsonObject ReadJson(string path) =>
        JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new InvalidDataException(path + " is not a JSON object.");
}
