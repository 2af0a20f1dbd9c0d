using Elections.Bots.Cli.Export.Lex;
using Elections.Bots.Infra.Tests.Checks;
using Elections.Bots.Infra.Tests.Support;
using Elections.Bots.Lex;
using Elections.Bots.Lex.Mapping;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Infra.Tests;

public sealed class LexBotTests
{
    private static readonly CfnTemplate Template = RepoFiles.Template;

    private static readonly string[] LexLocales = [Locale.English.ToLexLocaleId(), Locale.Spanish.ToLexLocaleId()];

    private static JsonObject Bot => Template.OfType("AWS::Lex::Bot").Single().Resource;

    private static IEnumerable<(string Locale, JsonObject Intent)> Intents =>
        (CfnTemplate.Properties(Bot)["BotLocales"] as JsonArray)!.OfType<JsonObject>()
            .SelectMany(l => (l[nameof(Intents)] as JsonArray)!.OfType<JsonObject>().Select(i => (CfnTemplate.Text(l["LocaleId"])!, i)));

    [Fact]
    public void BotLocales_InTemplate_AreWhatTheBotModelExportsNow()
    {
        var expected = LexBotLocales.Generate(ElectionsBotModel.Intents);
        var updated = LexTemplateBlock.Apply(RepoFiles.TemplateText, expected);

        Assert.True(updated == RepoFiles.TemplateText,
            "template.yaml's Lex bot differs from the bot model (" + TextDiff.FirstDifference(expected, LexTemplateBlock.Extract(RepoFiles.TemplateText))
            + "); run `elections-bots export lex`.");
    }

    [Fact]
    public void Intents_InBothLexLocales_AreTheBotModelsWithTheSameSlots()
    {
        Assert.Empty(IntentCoverage.CompareLex(ElectionsBotModel.Intents, Template));
    }

    [Fact]
    public void Intents_WhenTheModelGainsAnIntentNotExported_SayWhichIntentAndHowToFix()
    {
        var model = ElectionsBotModel.Intents.Add(new IntentDefinition(
            "PollWorkerSignUp", [], new Localized<ImmutableArray<string>>(["how do I become a poll worker"], ["cómo puedo ser trabajador electoral"])));

        Assert.Equal(
            [
                "Intent PollWorkerSignUp is in the bot model but missing from the en_US Lex locale in template.yaml; run `elections-bots export lex`.",
                "Intent PollWorkerSignUp is in the bot model but missing from the es_US Lex locale in template.yaml; run `elections-bots export lex`.",
            ],
            IntentCoverage.CompareLex(model, Template));
    }

    [Fact]
    public void Intents_WhenASlotIsMissingFromTheTemplate_SayWhichIntentAndLocale()
    {
        var model = ElectionsBotModel.Intents.Replace(
            ElectionsBotModel.Find(IntentNames.MailBallot)!,
            ElectionsBotModel.Find(IntentNames.MailBallot)! with { Slots = [ElectionsBotModel.Address] });

        Assert.Contains(
            "Intent MailBallot in the es_US Lex locale in template.yaml has slots [] but the bot model gives it [Address]; run `elections-bots export lex`.",
            IntentCoverage.CompareLex(model, Template));
    }

    [Fact]
    public void Intents_InTheTemplate_AreUnderstoodByTheLexAdapter()
    {
        // The code hook maps Lex's names back to the engine's; only Lex's own FallbackIntent may become Fallback.
        Assert.All(Intents, entry =>
        {
            var name = CfnTemplate.Text(entry.Intent["Name"])!;
            var engine = LexIntentNames.ToEngine(name);
            Assert.True(engine != IntentNames.Fallback || name == LexBuiltInIntents.Fallback, $"the lex function would hear {name} ({entry.Locale}) as Fallback");
        });
    }

    [Fact]
    public void Intents_EveryOne_CallsTheCodeHookForDialogAndFulfillment()
    {
        Assert.All(Intents, entry =>
        {
            var name = CfnTemplate.Text(entry.Intent["Name"]);
            Assert.True(CfnTemplate.IsTrue(entry.Intent["DialogCodeHook"]?["Enabled"]), $"{name} ({entry.Locale}) has no dialog code hook");
            Assert.True(CfnTemplate.IsTrue(entry.Intent["FulfillmentCodeHook"]?["Enabled"]), $"{name} ({entry.Locale}) has no fulfillment code hook");
        });
    }

    [Fact]
    public void Slots_ThatMayHoldAnAddress_AreObfuscatedInConversationLogs()
    {
        var addressSlots = Intents.SelectMany(e => (e.Intent["Slots"] as JsonArray ?? []).OfType<JsonObject>())
            .Where(s => CfnTemplate.Text(s["Name"]) == SlotNames.Address).ToList();

        Assert.Equal(IntentNames.All.Count(IntentNames.UsesAddress) * LexLocales.Length, addressSlots.Count);
        Assert.All(addressSlots, slot => Assert.Equal("DefaultObfuscation", CfnTemplate.Text(slot["ObfuscationSetting"]?["ObfuscationSettingType"])));
    }

    [Fact]
    public void Utterances_NeverUseASlotLexDoesNotGet()
    {
        var utterances = Intents.SelectMany(e => (e.Intent["SampleUtterances"] as JsonArray ?? []).Select(u => CfnTemplate.Text(u?["Utterance"])));

        Assert.DoesNotContain(utterances, u => u!.Contains($"{{{SlotNames.Query}}}", StringComparison.Ordinal));
    }

    [Fact]
    public void Locales_TrustIntentsAtTheSameConfidenceTheCodeHookDoes()
    {
        var thresholds = (CfnTemplate.Properties(Bot)["BotLocales"] as JsonArray)!.Select(l => double.Parse(CfnTemplate.Text(l?["NluConfidenceThreshold"])!, System.Globalization.CultureInfo.InvariantCulture));

        Assert.All(thresholds, t => Assert.Equal(new LexOptions(null).MinimumConfidence, t));
    }

    [Fact]
    public void BotVersion_IsNamedAfterTheModelsDigest_AndCoversBothLocales()
    {
        var (id, version) = Assert.Single(Template.OfType("AWS::Lex::BotVersion"));

        Assert.Equal(LexTemplateBlock.VersionLogicalId(LexTemplateBlock.Extract(RepoFiles.TemplateText)), id);
        var locales = (CfnTemplate.Properties(version)["BotVersionLocaleSpecification"] as JsonArray)!
            .Select(l => $"{l!["LocaleId"]}:{l["BotVersionLocaleDetails"]?["SourceBotVersion"]}");
        Assert.Equal(LexLocales.Select(l => l + ":DRAFT"), locales);
    }

    [Fact]
    public void Alias_ServesTheVersion_ThroughTheLexFunction_WithSentimentAndConversationLogs()
    {
        var (_, alias) = Assert.Single(Template.OfType("AWS::Lex::BotAlias"));
        var properties = CfnTemplate.Properties(alias);
        var lexFunction = FunctionTests.FunctionIdFor(LambdaContract.LexHandler);

        Assert.Equal(Template.OfType("AWS::Lex::BotVersion").Single().Id, CfnTemplate.Target(properties["BotVersion"]));
        var settings = (properties["BotAliasLocaleSettings"] as JsonArray)!.OfType<JsonObject>().ToList();
        Assert.Equal(LexLocales, settings.Select(s => CfnTemplate.Text(s["LocaleId"])));
        Assert.All(settings, s =>
        {
            var hook = s["BotAliasLocaleSetting"]?["CodeHookSpecification"]?["LambdaCodeHook"];
            Assert.True(CfnTemplate.IsTrue(s["BotAliasLocaleSetting"]?["Enabled"]));
            Assert.Equal(lexFunction, CfnTemplate.Target(hook?["LambdaArn"]));
            Assert.Equal("1.0", CfnTemplate.Text(hook?["CodeHookInterfaceVersion"]));
        });
        Assert.True(CfnTemplate.IsTrue(properties["SentimentAnalysisSettings"]?["DetectSentiment"]), "sentiment analysis must be on for the negative-sentiment hand-off");
        var log = properties["ConversationLogSettings"]?["TextLogSettings"]?[0];
        Assert.True(CfnTemplate.IsTrue(log?["Enabled"]), "conversation text logs must be on");
        Assert.Equal("LexConversationLogs", CfnTemplate.Target(log?["Destination"]?["CloudWatch"]?["CloudWatchLogGroupArn"]));
    }

    [Fact]
    public void InvokePermission_ForLex_IsScopedToTheAliasArn()
    {
        var permission = Assert.Single(Template.OfType("AWS::Lambda::Permission"),
            p => CfnTemplate.Text(CfnTemplate.Properties(p.Resource)["Principal"]) == "lexv2.amazonaws.com" && p.Resource["Condition"] is null);
        var properties = CfnTemplate.Properties(permission.Resource);

        Assert.Equal("lambda:InvokeFunction", CfnTemplate.Text(properties["Action"]));
        Assert.Equal(FunctionTests.FunctionIdFor(LambdaContract.LexHandler), CfnTemplate.Target(properties["FunctionName"]));
        Assert.Equal("""{"Fn::GetAtt":["LiveAlias","Arn"]}""", properties["SourceArn"]?.ToJsonString());
    }
}
