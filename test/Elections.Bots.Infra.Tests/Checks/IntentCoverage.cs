using Elections.Bots.Cli.Export;
using Elections.Bots.Cli.Export.Alexa;
using Elections.Bots.Infra.Tests.Support;
using Elections.Bots.Lex.Mapping;

namespace Elections.Bots.Infra.Tests.Checks;

/// <summary>
/// The deployed models and the bot model name the same intents with the same slots, both ways: an intent added
/// to the model but not exported, an intent left in a platform model, or a slot that differs is one sentence
/// saying which intent, where, and the command that fixes it.
/// </summary>
public static class IntentCoverage
{
    private const string ExportLex = "run `elections-bots export lex`";
    private const string ExportAlexa = "run `elections-bots export alexa`";

    /// <summary>Compares the Lex bot's locales in the template with the model.</summary>
    public static IReadOnlyList<string> CompareLex(ImmutableArray<IntentDefinition> model, CfnTemplate template)
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        var bots = template.OfType("AWS::Lex::Bot").ToList();
        if (bots.Count != 1) return [$"template.yaml has {bots.Count} AWS::Lex::Bot resources; it needs exactly one."];
        var locales = (CfnTemplate.Properties(bots[0].Resource)["BotLocales"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        foreach (var locale in (Locale[])[Locale.English, Locale.Spanish])
        {
            var id = locale.ToLexLocaleId();
            var deployed = locales.FirstOrDefault(l => CfnTemplate.Text(l["LocaleId"]) == id);
            if (deployed is null)
            {
                problems.Add($"The Lex bot has no {id} locale; {ExportLex}.");
                continue;
            }
            var intents = (deployed["Intents"] as JsonArray ?? []).OfType<JsonObject>()
                .ToDictionary(i => CfnTemplate.Text(i["Name"]) ?? "", SlotNames, StringComparer.Ordinal);
            var expected = PlatformModel.Intents(model, ExportPlatform.Lex)
                .ToDictionary(i => LexIntentNames.ToLex(i.Name), i => Names(PlatformModel.Slots(i, ExportPlatform.Lex)), StringComparer.Ordinal);
            problems.AddRange(Compare(expected, intents, $"the {id} Lex locale in template.yaml", ExportLex, extrasAllowed: []));
        }
        return problems.ToImmutable();
    }

    /// <summary>Compares one locale's Alexa interaction model with the model.</summary>
    public static IReadOnlyList<string> CompareAlexa(ImmutableArray<IntentDefinition> model, Locale locale, JsonObject interactionModel)
    {
        var intents = (interactionModel["interactionModel"]?["languageModel"]?["intents"] as JsonArray ?? []).OfType<JsonObject>()
            .ToDictionary(i => CfnTemplate.Text(i["name"]) ?? "", SlotNames, StringComparer.Ordinal);
        var expected = model.ToDictionary(AlexaInteractionModel.AlexaName, i => Names(PlatformModel.Slots(i, ExportPlatform.Alexa)), StringComparer.Ordinal);
        return [.. Compare(expected, intents, $"the {locale.ToTag()} Alexa model", ExportAlexa, extrasAllowed: [AlexaInteractionModel.NavigateHomeIntent])];
    }

    private static IEnumerable<string> Compare(
        Dictionary<string, string> expected, Dictionary<string, string> deployed, string where, string fix, string[] extrasAllowed)
    {
        foreach (var (name, slots) in expected)
        {
            if (!deployed.TryGetValue(name, out var actual))
            {
                yield return $"Intent {name} is in the bot model but missing from {where}; {fix}.";
            }
            else if (actual != slots)
            {
                yield return $"Intent {name} in {where} has slots [{actual}] but the bot model gives it [{slots}]; {fix}.";
            }
        }
        foreach (var name in deployed.Keys.Where(n => !expected.ContainsKey(n) && !extrasAllowed.Contains(n)))
        {
            yield return $"Intent {name} is in {where} but not in the bot model; {fix}.";
        }
    }

    private static string SlotNames(JsonObject intent) =>
        string.Join(", ", (intent["Slots"] ?? intent["slots"] as JsonNode) is JsonArray slots
            ? slots.Select(s => CfnTemplate.Text(s?["Name"] ?? s?["name"]) ?? "").Order(StringComparer.Ordinal)
            : []);

    private static string Names(ImmutableArray<SlotDefinition> slots) => string.Join(", ", slots.Select(s => s.Name).Order(StringComparer.Ordinal));
}
