using Elections.Bots.Alexa.Mapping;
using Elections.Bots.Cli.Export;
using Elections.Bots.Cli.Export.Alexa;
using Elections.Bots.Infra.Tests.Checks;
using Elections.Bots.Infra.Tests.Support;

namespace Elections.Bots.Infra.Tests;

public sealed class AlexaSkillTests
{
    public static TheoryData<Locale> Locales => [Locale.English, Locale.Spanish];

    private static JsonObject Model(Locale locale) => RepoFiles.ReadJson(Path.Combine(RepoFiles.SkillPackage, AlexaSkillPackage.ModelFile(locale)));

    [Fact]
    public void SkillPackage_OnDisk_IsWhatTheBotModelExportsNow()
    {
        foreach (var file in AlexaSkillPackage.Generate(ElectionsBotModel.Intents, AlexaSkillSettings.Sample))
        {
            var path = GeneratedFiles.PathOf(RepoFiles.SkillPackage, file);
            var onDisk = GeneratedFiles.ReadOrNull(path);
            Assert.True(onDisk == file.Content,
                onDisk is null
                    ? $"{file.RelativePath} is missing from infra/alexa/skill-package; run `elections-bots export alexa`."
                    : $"{file.RelativePath} differs from the bot model ({TextDiff.FirstDifference(file.Content, onDisk)}); run `elections-bots export alexa`.");
        }
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Intents_InEachAlexaModel_AreTheBotModelsWithTheSameSlots(Locale locale)
    {
        Assert.Empty(IntentCoverage.CompareAlexa(ElectionsBotModel.Intents, locale, Model(locale)));
    }

    [Fact]
    public void Intents_WhenTheModelGainsAnIntentNotExported_SayWhichIntentAndHowToFix()
    {
        var model = ElectionsBotModel.Intents.Add(new IntentDefinition(
            "DropBoxHours", [], new Localized<ImmutableArray<string>>(["when are drop boxes open"], ["cuándo abren los buzones"])));

        Assert.Equal(
            ["Intent DropBoxHours is in the bot model but missing from the es-US Alexa model; run `elections-bots export alexa`."],
            IntentCoverage.CompareAlexa(model, Locale.Spanish, Model(Locale.Spanish)));
    }

    [Fact]
    public void Intents_WhenAnAlexaModelKeepsAnIntentTheBotModelDropped_AreReported()
    {
        var model = ElectionsBotModel.Intents.RemoveAll(i => i.Name == IntentNames.DropBoxes);

        Assert.Equal(
            ["Intent DropBoxes is in the en-US Alexa model but not in the bot model; run `elections-bots export alexa`."],
            IntentCoverage.CompareAlexa(model, Locale.English, Model(Locale.English)));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Intents_InEachAlexaModel_AreUnderstoodByTheAlexaAdapter(Locale locale)
    {
        var names = (Model(locale)["interactionModel"]?["languageModel"]?["intents"] as JsonArray)!.Select(i => CfnTemplate.Text(i?["name"])!);

        // Only Alexa's fallback may land on the engine's Fallback: any other name the adapter does not know would.
        Assert.All(names.Where(n => n != BuiltInIntents.Fallback), name =>
            Assert.NotEqual(IntentNames.Fallback, IntentMap.ToEngineIntent(name)));
        Assert.Equal(IntentNames.Stop, IntentMap.ToEngineIntent(AlexaInteractionModel.NavigateHomeIntent));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void DialogModel_LetsTheSkillAskForAnAddress(Locale locale)
    {
        var root = Model(locale)["interactionModel"]!;
        var prompts = (root["prompts"] as JsonArray)!.Select(p => CfnTemplate.Text(p?["id"])).ToHashSet();

        foreach (var intent in IntentNames.All.Where(IntentNames.UsesAddress))
        {
            var dialog = (root["dialog"]?["intents"] as JsonArray)!.Single(i => CfnTemplate.Text(i?["name"]) == intent);
            var slot = (dialog?["slots"] as JsonArray)!.Single(s => CfnTemplate.Text(s?["name"]) == SlotNames.Address);
            Assert.Contains(CfnTemplate.Text(slot?["prompts"]?["elicitation"]), prompts);
        }
    }

    [Fact]
    public void Manifest_AsksForTheDeviceAddress_AndPointsAtTheAlexaFunction()
    {
        var manifest = RepoFiles.ReadJson(Path.Combine(RepoFiles.SkillPackage, AlexaSkillPackage.ManifestFile))["manifest"]!;

        Assert.Equal(AlexaSkillManifest.AddressPermission, CfnTemplate.Text(manifest["permissions"]?[0]?["name"]));
        Assert.Equal(AlexaSkillSettings.EndpointPlaceholder, CfnTemplate.Text(manifest["apis"]?["custom"]?["endpoint"]?["uri"]));
        Assert.Equal(["en-US", "es-US"], (manifest["publishingInformation"]?["locales"] as JsonObject)!.Select(l => l.Key));
    }

    [Fact]
    public void InvokePermission_ForAlexa_IsScopedToTheSkillId()
    {
        var template = RepoFiles.Template;
        var (_, permission) = Assert.Single(template.OfType("AWS::Lambda::Permission"),
            p => CfnTemplate.Text(CfnTemplate.Properties(p.Resource)["Principal"]) == "alexa-appkit.amazon.com");
        var properties = CfnTemplate.Properties(permission);

        Assert.Equal(FunctionTests.FunctionIdFor(LambdaContract.AlexaHandler), CfnTemplate.Target(properties["FunctionName"]));
        Assert.Equal("AlexaSkillId", CfnTemplate.Target(properties["EventSourceToken"]));
        // No skill id yet (first deploy): no permission at all, rather than one any skill could use.
        Assert.Equal("HasAlexaSkill", CfnTemplate.Text(permission["Condition"]));
    }
}
