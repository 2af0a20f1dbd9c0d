using System.Collections.Immutable;
using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Cli.Export.Alexa;

/// <summary>The files of <c>infra/alexa/skill-package/</c>, as the ASK CLI deploys them.</summary>
internal static class AlexaSkillPackage
{
    /// <summary>Where the package lives in the repository, relative to its root.</summary>
    public const string DefaultFolder = "infra/alexa/skill-package";

    public const string ManifestFile = "skill.json";

    public static string ModelFile(Locale locale) => $"interactionModels/custom/{locale.ToTag()}.json";

    public static ImmutableArray<GeneratedFile> Generate(ImmutableArray<IntentDefinition> intents, AlexaSkillSettings settings) =>
    [
        new(ManifestFile, AlexaSkillManifest.Generate(intents, settings)),
        new(ModelFile(Locale.English), AlexaInteractionModel.Generate(intents, Locale.English, settings.InvocationName.English)),
        new(ModelFile(Locale.Spanish), AlexaInteractionModel.Generate(intents, Locale.Spanish, settings.InvocationName.Spanish)),
    ];
}
