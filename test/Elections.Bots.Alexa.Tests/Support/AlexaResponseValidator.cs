using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Elections.Bots.Alexa.Tests.Support;

/// <summary>
/// Checks a response body against the rules and limits of the Alexa response format (wire reference §4): shape,
/// speech and card limits, well-formed SSML with supported tags only, directive shapes, and a session flag that
/// agrees with the reprompt. Independent of the product's renderer: it reads the raw JSON.
/// </summary>
internal static partial class AlexaResponseValidator
{
    public const int MaxResponseBytes = 24 * 1024;
    private const int MaxSpeechLength = 8000;
    private const int MaxCardLength = 8000;

    private static readonly HashSet<string> SsmlElements =
    [
        "speak", "break", "say-as", "lang", "p", "s", "prosody", "emphasis", "sub", "phoneme", "w", "voice", "audio",
    ];

    private static readonly HashSet<string> SayAs =
    [
        "characters", "spell-out", "cardinal", "number", "ordinal", "digits", "fraction", "unit", "date", "time",
        "telephone", "address", "interjection", "expletive",
    ];

    /// <summary>
    /// The xml:lang values Alexa's SSML reference lists for <c>lang</c> ("Supported locales for the xml:lang
    /// attribute", developer.amazon.com/en-US/docs/alexa/custom-skills/speech-synthesis-markup-language-ssml-reference.html):
    /// one per Alexa skill language.
    /// </summary>
    private static readonly HashSet<string> LangLocales =
    [
        "de-DE", "en-AU", "en-CA", "en-GB", "en-IN", "en-US", "es-ES", "es-MX", "es-US", "fr-CA", "fr-FR", "hi-IN", "it-IT",
        "ja-JP", "pt-BR",
    ];

    private static readonly HashSet<string> KnownPermissions =
    [
        "read::alexa:device:all:address", "read::alexa:device:all:address:country_and_postal_code",
        "alexa::devices:all:address:full:read", "alexa::devices:all:address:country_and_postal_code:read",
    ];

    /// <summary>Fails the test with every problem found.</summary>
    public static JsonDocument AssertValid(byte[] body, string requestType = "IntentRequest")
    {
        var problems = Problems(body, requestType);
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + System.Text.Encoding.UTF8.GetString(body));
        return JsonDocument.Parse(body);
    }

    public static List<string> Problems(byte[] body, string requestType = "IntentRequest")
    {
        var problems = new List<string>();
        if (body.Length > MaxResponseBytes) problems.Add($"response is {body.Length} bytes, over {MaxResponseBytes}");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            problems.Add("response is not JSON: " + ex.Message);
            return problems;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return [.. problems, "response is not a JSON object"];
            NoNulls(root, "$", problems);
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name is not ("version" or "sessionAttributes" or "userAgent" or "response")) problems.Add("unknown top-level member " + property.Name);
            }
            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "1.0") problems.Add("version must be \"1.0\"");
            if (root.TryGetProperty("sessionAttributes", out var attributes) && attributes.ValueKind != JsonValueKind.Object) problems.Add("sessionAttributes must be an object");
            if (!root.TryGetProperty("response", out var response) || response.ValueKind != JsonValueKind.Object) return [.. problems, "response object missing"];
            CheckResponse(response, requestType, problems);
        }
        return problems;
    }

    private static void CheckResponse(JsonElement response, string requestType, List<string> problems)
    {
        var hasSpeech = response.TryGetProperty("outputSpeech", out var speech);
        if (hasSpeech) CheckSpeech(speech, "outputSpeech", problems);
        var hasReprompt = response.TryGetProperty("reprompt", out var reprompt);
        if (hasReprompt)
        {
            if (!reprompt.TryGetProperty("outputSpeech", out var repromptSpeech)) problems.Add("reprompt without outputSpeech");
            else CheckSpeech(repromptSpeech, "reprompt.outputSpeech", problems);
        }
        bool? ends = null;
        if (response.TryGetProperty("shouldEndSession", out var end))
        {
            if (end.ValueKind is JsonValueKind.True or JsonValueKind.False) ends = end.GetBoolean();
            else problems.Add("shouldEndSession must be a boolean");
        }
        if (hasReprompt && ends != false) problems.Add("a reprompt needs shouldEndSession false (the session must stay open to use it)");
        if (ends == false && !hasReprompt && !response.TryGetProperty("directives", out _)) problems.Add("an open session needs a reprompt");
        if (response.TryGetProperty("card", out var card)) CheckCard(card, problems);
        if (response.TryGetProperty("directives", out var directives)) CheckDirectives(directives, response, requestType, ends, problems);
        if (response.TryGetProperty("canFulfillIntent", out var canFulfill)) CheckCanFulfill(canFulfill, response, requestType, problems);
        else if (requestType == "CanFulfillIntentRequest") problems.Add("CanFulfillIntentRequest needs canFulfillIntent");

        if (requestType is "SessionEndedRequest" or "System.ExceptionEncountered"
            && (hasSpeech || hasReprompt || response.TryGetProperty("card", out _) || response.TryGetProperty("directives", out _)))
        {
            problems.Add(requestType + " takes no speech, card, reprompt or directives");
        }
        foreach (var property in response.EnumerateObject())
        {
            if (property.Name is not ("outputSpeech" or "card" or "reprompt" or "directives" or "shouldEndSession" or "canFulfillIntent")) problems.Add("unknown response member " + property.Name);
        }
    }

    private static void CheckSpeech(JsonElement speech, string where, List<string> problems)
    {
        var type = speech.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type == "PlainText")
        {
            var text = speech.TryGetProperty("text", out var x) && x.ValueKind == JsonValueKind.String ? x.GetString()! : null;
            if (text is null) problems.Add(where + ": PlainText needs text");
            else if (text.Length > MaxSpeechLength) problems.Add($"{where}: {text.Length} characters, over {MaxSpeechLength}");
            else if (HasUrl(text)) problems.Add(where + ": speech reads a URL");
            return;
        }
        if (type != "SSML")
        {
            problems.Add(where + ": type must be PlainText or SSML, not " + type);
            return;
        }
        if (!speech.TryGetProperty("ssml", out var s) || s.ValueKind != JsonValueKind.String)
        {
            problems.Add(where + ": SSML needs ssml");
            return;
        }
        var ssml = s.GetString()!;
        if (ssml.Length > MaxSpeechLength) problems.Add($"{where}: {ssml.Length} characters, over {MaxSpeechLength}");
        XElement root;
        try
        {
            root = XElement.Parse(ssml, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            problems.Add($"{where}: SSML is not well-formed XML ({ex.Message})");
            return;
        }
        if (root.Name.LocalName != "speak") problems.Add(where + ": SSML root must be <speak>");
        foreach (var element in root.DescendantsAndSelf())
        {
            CheckSsmlElement(element, where, problems);
        }
        if (HasUrl(string.Concat(root.DescendantNodes().OfType<XText>().Select(n => n.Value)))) problems.Add(where + ": speech reads a URL");
        if (string.IsNullOrWhiteSpace(root.Value) && !root.Descendants().Any()) problems.Add(where + ": empty speech");
    }

    private static void CheckSsmlElement(XElement element, string where, List<string> problems)
    {
        var name = element.Name.LocalName;
        if (!SsmlElements.Contains(name)) problems.Add($"{where}: unsupported SSML element <{name}>");
        switch (name)
        {
            case "break":
                var time = (string?)element.Attribute("time");
                if (time is not null && !BreakTime().IsMatch(time)) problems.Add($"{where}: bad break time {time}");
                if (element.Nodes().Any()) problems.Add(where + ": <break> must be empty");
                break;
            case "say-as":
                var interpretAs = (string?)element.Attribute("interpret-as");
                if (interpretAs is null || !SayAs.Contains(interpretAs)) problems.Add($"{where}: say-as interpret-as '{interpretAs}' unknown");
                if (interpretAs == "date" && element.Attribute("format") is null && !DateDigits().IsMatch(element.Value)) problems.Add($"{where}: say-as date '{element.Value}' is not yyyymmdd");
                if (interpretAs == "telephone" && !Telephone().IsMatch(element.Value)) problems.Add($"{where}: say-as telephone '{element.Value}' is not 7 or 10 digits");
                break;
            case "lang":
                var lang = (string?)element.Attribute(XNamespace.Xml + "lang");
                if (lang is null || !LangLocales.Contains(lang)) problems.Add($"{where}: <lang> needs a supported xml:lang, not '{lang}'");
                break;
        }
    }

    private static void CheckCard(JsonElement card, List<string> problems)
    {
        var type = card.TryGetProperty("type", out var t) ? t.GetString() : null;
        var total = 0;
        foreach (var property in card.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && property.Name != "type") total += property.Value.GetString()!.Length;
        }
        switch (type)
        {
            case "Simple":
                if (card.TryGetProperty("text", out _)) problems.Add("card: a Simple card uses content, not text");
                if (!card.TryGetProperty("content", out _)) problems.Add("card: Simple card without content");
                break;
            case "Standard":
                if (card.TryGetProperty("content", out _)) problems.Add("card: a Standard card uses text, not content");
                if (card.TryGetProperty("image", out var image))
                {
                    foreach (var url in image.EnumerateObject())
                    {
                        var value = url.Value.GetString() ?? string.Empty;
                        total += value.Length;
                        if (value.Length > 2000 || !value.StartsWith("https://", StringComparison.Ordinal)) problems.Add("card: image URLs must be https and at most 2000 characters");
                    }
                }
                break;
            case "AskForPermissionsConsent":
                if (!card.TryGetProperty("permissions", out var permissions) || permissions.ValueKind != JsonValueKind.Array || permissions.GetArrayLength() == 0)
                {
                    problems.Add("card: AskForPermissionsConsent needs permissions");
                }
                else if (permissions.EnumerateArray().Any(p => !KnownPermissions.Contains(p.GetString() ?? "")))
                {
                    problems.Add("card: unknown permission scope");
                }
                break;
            case "LinkAccount":
                break;
            default:
                problems.Add("card: unknown type " + type);
                break;
        }
        if (total > MaxCardLength) problems.Add($"card: {total} characters, over {MaxCardLength}");
    }

    private static void CheckDirectives(JsonElement directives, JsonElement response, string requestType, bool? ends, List<string> problems)
    {
        if (directives.ValueKind != JsonValueKind.Array)
        {
            problems.Add("directives must be an array");
            return;
        }
        foreach (var directive in directives.EnumerateArray())
        {
            var type = directive.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type is null || !type.StartsWith("Dialog.", StringComparison.Ordinal))
            {
                problems.Add("unexpected directive " + type);
                continue;
            }
            if (requestType != "IntentRequest") problems.Add(type + " is only valid in answer to an IntentRequest");
            if (ends == true) problems.Add(type + " cannot end the session");
            var speaks = response.TryGetProperty("outputSpeech", out _);
            switch (type)
            {
                case "Dialog.Delegate":
                    if (speaks || response.TryGetProperty("reprompt", out _)) problems.Add("Dialog.Delegate must not carry speech or a reprompt");
                    break;
                case "Dialog.ElicitSlot":
                    if (!directive.TryGetProperty("slotToElicit", out var slot) || string.IsNullOrEmpty(slot.GetString())) problems.Add("Dialog.ElicitSlot needs slotToElicit");
                    if (!speaks) problems.Add("Dialog.ElicitSlot needs the question as outputSpeech");
                    if (directive.TryGetProperty("updatedIntent", out var elicited) && directive.TryGetProperty("slotToElicit", out var toElicit)
                        && !(elicited.TryGetProperty("slots", out var elicitedSlots) && elicitedSlots.TryGetProperty(toElicit.GetString()!, out _)))
                    {
                        problems.Add("Dialog.ElicitSlot: updatedIntent lacks the elicited slot");
                    }
                    break;
                case "Dialog.ConfirmIntent":
                case "Dialog.ConfirmSlot":
                    if (!speaks) problems.Add(type + " needs the question as outputSpeech");
                    break;
                default:
                    problems.Add("unknown dialog directive " + type);
                    break;
            }
            if (directive.TryGetProperty("updatedIntent", out var intent)) CheckIntent(intent, problems);
        }
    }

    private static void CheckIntent(JsonElement intent, List<string> problems)
    {
        if (!intent.TryGetProperty("name", out var name) || string.IsNullOrEmpty(name.GetString())) problems.Add("updatedIntent needs a name");
        if (intent.TryGetProperty("confirmationStatus", out var status) && status.GetString() is not ("NONE" or "DENIED" or "CONFIRMED")) problems.Add("updatedIntent: bad confirmationStatus");
        if (!intent.TryGetProperty("slots", out var slots)) return;
        foreach (var slot in slots.EnumerateObject())
        {
            if (!slot.Value.TryGetProperty("name", out var slotName) || slotName.GetString() != slot.Name) problems.Add("updatedIntent: slot name must repeat its key");
        }
    }

    private static void CheckCanFulfill(JsonElement canFulfill, JsonElement response, string requestType, List<string> problems)
    {
        if (requestType != "CanFulfillIntentRequest") problems.Add("canFulfillIntent answers only CanFulfillIntentRequest");
        if (response.TryGetProperty("outputSpeech", out _)) problems.Add("a CanFulfillIntent response takes no speech");
        if (!canFulfill.TryGetProperty("canFulfill", out var value) || value.GetString() is not ("YES" or "NO" or "MAYBE")) problems.Add("canFulfill must be YES, NO or MAYBE");
        if (!canFulfill.TryGetProperty("slots", out var slots)) return;
        foreach (var slot in slots.EnumerateObject())
        {
            if (!slot.Value.TryGetProperty("canUnderstand", out var understand) || understand.GetString() is not ("YES" or "NO" or "MAYBE")) problems.Add("slot canUnderstand must be YES, NO or MAYBE");
            if (!slot.Value.TryGetProperty("canFulfill", out var fulfill) || fulfill.GetString() is not ("YES" or "NO")) problems.Add("slot canFulfill must be YES or NO");
        }
    }

    private static void NoNulls(JsonElement element, string path, List<string> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                problems.Add("explicit null at " + path);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) NoNulls(property.Value, path + "." + property.Name, problems);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray()) NoNulls(item, $"{path}[{i++}]", problems);
                break;
        }
    }

    private static bool HasUrl(string text) =>
        text.Contains("http://", StringComparison.OrdinalIgnoreCase) || text.Contains("https://", StringComparison.OrdinalIgnoreCase)
        || text.Contains("www.", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^[0-9]+(ms|s)$")]
    private static partial Regex BreakTime();

    [GeneratedRegex("^[0-9?]{8}$")]
    private static partial Regex DateDigits();

    [GeneratedRegex("^([0-9]{7}|[0-9]{10})$")]
    private static partial Regex Telephone();
}
