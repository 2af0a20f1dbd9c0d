using System.Collections.Immutable;
using System.Text.Json;
using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Cli.Export.Alexa;

/// <summary>
/// <c>skill.json</c>: the skill's listing in both locales, its Lambda endpoint, the device-address permission the
/// polling-place answer asks for, and CanFulfillIntentRequest, which the Alexa adapter answers.
/// </summary>
internal static class AlexaSkillManifest
{
    /// <summary>
    /// The manifest's name for the full device address; the consent card the skill sends asks for the same
    /// permission as <see cref="Alexa.DeviceAddress.DeviceAddressPermissions.FullAddress"/>.
    /// </summary>
    public const string AddressPermission = "alexa::devices:all:address:full:read";

    public const string CanFulfillInterface = "CAN_FULFILL_INTENT_REQUEST";

    private static readonly Locale[] Locales = [Locale.English, Locale.Spanish];

    private static readonly Localized<string> Summary = new(
        "Where and when to vote, early voting, mail ballots, drop boxes and deadlines, from the county's own data.",
        "Dónde y cuándo votar, votación anticipada, boletas por correo, buzones y fechas límite, con los datos del condado.");

    private static readonly Localized<string> Description = new(
        "Ask where your polling place is, when the next election is, when early voting starts, how to vote by mail, "
        + "where the nearest drop box is, or how to reach the elections office. Answers come from the county election "
        + "office's published data. To find your polling place the skill can use your device address, with your permission.",
        "Pregunte dónde está su lugar de votación, cuándo es la próxima elección, cuándo empieza la votación anticipada, "
        + "cómo votar por correo, dónde está el buzón más cercano o cómo comunicarse con la oficina de elecciones. Las "
        + "respuestas vienen de los datos publicados por la oficina electoral del condado. Para encontrar su lugar de "
        + "votación, la skill puede usar la dirección de su dispositivo, con su permiso.");

    private static readonly Localized<ImmutableArray<string>> Keywords = new(
        ["elections", "voting", "polling place", "early voting", "mail ballot", "drop box", "voter registration"],
        ["elecciones", "votar", "lugar de votación", "votación anticipada", "boleta por correo", "buzón", "registro de votantes"]);

    public static string Generate(ImmutableArray<IntentDefinition> intents, AlexaSkillSettings settings) =>
        JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("manifest");
            WritePublishing(json, intents, settings);
            json.WriteStartObject("apis");
            json.WriteStartObject("custom");
            json.WriteStartObject("endpoint");
            json.WriteString("uri", settings.EndpointArn);
            json.WriteEndObject();
            json.WriteStartArray("interfaces");
            json.WriteStartObject();
            json.WriteString("type", CanFulfillInterface);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("permissions");
            json.WriteStartObject();
            json.WriteString("name", AddressPermission);
            json.WriteEndObject();
            json.WriteEndArray();
            WritePrivacy(json, settings);
            json.WriteString("manifestVersion", "1.0");
            json.WriteEndObject();
            json.WriteEndObject();
        });

    private static void WritePublishing(Utf8JsonWriter json, ImmutableArray<IntentDefinition> intents, AlexaSkillSettings settings)
    {
        json.WriteStartObject("publishingInformation");
        json.WriteStartObject("locales");
        foreach (var locale in Locales)
        {
            json.WriteStartObject(locale.ToTag());
            json.WriteString("name", settings.SkillName.For(locale));
            json.WriteString("summary", Summary.For(locale));
            json.WriteString("description", Description.For(locale));
            json.WriteStringArray("examplePhrases", ExamplePhrases(intents, locale, settings.InvocationName.For(locale)));
            json.WriteStringArray("keywords", Keywords.For(locale));
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteBoolean("isAvailableWorldwide", false);
        json.WriteStringArray("distributionCountries", ["US"]);
        json.WriteString("distributionMode", "PUBLIC");
        json.WriteString("testingInstructions",
            "Ask \"where do I vote\" and give an address from the county's sample list, or grant the device address permission.");
        json.WriteEndObject();
    }

    private static void WritePrivacy(Utf8JsonWriter json, AlexaSkillSettings settings)
    {
        json.WriteStartObject("privacyAndCompliance");
        json.WriteBoolean("allowsPurchases", false);
        // The device address is personal information, even though the skill only matches it to a precinct.
        json.WriteBoolean("usesPersonalInfo", true);
        json.WriteBoolean("isChildDirected", false);
        json.WriteBoolean("isExportCompliant", true);
        json.WriteBoolean("containsAds", false);
        json.WriteStartObject("locales");
        foreach (var locale in Locales)
        {
            json.WriteStartObject(locale.ToTag());
            json.WriteString("privacyPolicyUrl", settings.PrivacyPolicyUrl);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Alexa requires each example to be the invocation plus one of the skill's own sample utterances.</summary>
    private static IEnumerable<string> ExamplePhrases(ImmutableArray<IntentDefinition> intents, Locale locale, string invocation)
    {
        var (open, ask) = locale == Locale.Spanish ? ("Alexa, abre", "Alexa, pregunta a") : ("Alexa, open", "Alexa, ask");
        yield return $"{open} {invocation}";
        foreach (var name in (string[])[IntentNames.PollingPlace, IntentNames.NextElection])
        {
            if (intents.FirstOrDefault(i => i.Name == name) is { } intent
                && PlatformModel.Utterances(intent, locale, ExportPlatform.Alexa).FirstOrDefault() is { } sample)
            {
                yield return $"{ask} {invocation} {sample}";
            }
        }
    }
}
