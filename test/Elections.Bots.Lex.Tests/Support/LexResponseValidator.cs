using System.Text;
using System.Text.Json;
using System.Xml;

namespace Elections.Bots.Lex.Tests.Support;

/// <summary>
/// Checks a code-hook response against every rule and limit of the wire reference §2, independently of the
/// product's serializer and constants: the numbers here are copied from the reference, not from LexLimits.
/// </summary>
internal static class LexResponseValidator
{
    private static readonly string[] DialogActionTypes = ["Close", "ConfirmIntent", "Delegate", "ElicitIntent", "ElicitSlot"];
    private static readonly string[] IntentStates = ["Failed", "Fulfilled", "FulfillmentInProgress", "InProgress", "ReadyForFulfillment", "Waiting"];
    private static readonly string[] ContentTypes = ["CustomPayload", "ImageResponseCard", "PlainText", "SSML"];

    /// <summary>Channel-specific rules on top of §2: what each renderer promises.</summary>
    public enum Expect { Any, Web, Sms, Voice, Chat }

    public static void AssertValid(byte[] response, Expect channel = Expect.Any)
    {
        var problems = Validate(response, channel);
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + Encoding.UTF8.GetString(response));
    }

    public static List<string> Validate(byte[] response, Expect channel = Expect.Any)
    {
        var problems = new List<string>();
        if (response.Length > 25 * 1024) problems.Add($"response is {response.Length} bytes (> 25 KB)");

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(response);
        }
        catch (JsonException ex)
        {
            problems.Add("not JSON: " + ex.Message);
            return problems;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) { problems.Add("root is not an object"); return problems; }
            NoNulls(root, "$", problems);
            if (!root.TryGetProperty("sessionState", out var state) || state.ValueKind != JsonValueKind.Object)
            {
                problems.Add("sessionState is required");
                return problems;
            }
            var messageCount = Messages(root, channel, problems);
            DialogAction(state, messageCount, problems);
            SessionAttributes(state, problems);
            if (root.TryGetProperty("requestAttributes", out var request)) StringMap(request, "requestAttributes", problems);
        }
        return problems;
    }

    private static void DialogAction(JsonElement state, int messageCount, List<string> problems)
    {
        if (!state.TryGetProperty("dialogAction", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            problems.Add("sessionState.dialogAction is required");
            return;
        }
        var type = Text(action, "type");
        if (type is null || !DialogActionTypes.Contains(type)) { problems.Add($"dialogAction.type '{type}' is not valid"); return; }

        var slotToElicit = Text(action, "slotToElicit");
        if (type == "ElicitSlot" && string.IsNullOrEmpty(slotToElicit)) problems.Add("ElicitSlot needs slotToElicit");
        if (type != "ElicitSlot" && action.TryGetProperty("slotToElicit", out _)) problems.Add($"slotToElicit on {type}");
        if (type is "ElicitIntent" or "ConfirmIntent" && messageCount == 0) problems.Add($"{type} needs messages");

        var hasIntent = state.TryGetProperty("intent", out var intent) && intent.ValueKind == JsonValueKind.Object;
        var name = hasIntent ? Text(intent, "name") : null;
        var intentState = hasIntent ? Text(intent, "state") : null;
        if (hasIntent && string.IsNullOrEmpty(name)) problems.Add("intent.name is required");
        if (intentState is not null && !IntentStates.Contains(intentState)) problems.Add($"intent.state '{intentState}' is not valid");
        if (intentState == "ReadyForFulfillment" && type != "Delegate") problems.Add("ReadyForFulfillment only with Delegate");
        if (hasIntent && intent.TryGetProperty("slots", out var slots) && slots.ValueKind != JsonValueKind.Object) problems.Add("intent.slots must be an object");

        switch (type)
        {
            case "ElicitSlot" when intentState != "InProgress" || name is null:
                problems.Add("ElicitSlot needs the intent's name with state InProgress");
                break;
            case "Close" when name is null || intentState is not ("Fulfilled" or "Failed"):
                problems.Add("Close needs the intent's name with state Fulfilled or Failed");
                break;
            case "Delegate" when name is null || intentState is not ("InProgress" or "ReadyForFulfillment"):
                problems.Add("Delegate needs the intent's name with state InProgress or ReadyForFulfillment");
                break;
            case "ConfirmIntent" when name is null:
                problems.Add("ConfirmIntent needs the intent");
                break;
        }
    }

    private static int Messages(JsonElement root, Expect channel, List<string> problems)
    {
        if (!root.TryGetProperty("messages", out var messages)) return 0;
        if (messages.ValueKind != JsonValueKind.Array) { problems.Add("messages must be an array"); return 0; }
        var count = messages.GetArrayLength();
        if (count > 10) problems.Add($"{count} messages (> 10)");
        foreach (var message in messages.EnumerateArray())
        {
            var type = Text(message, "contentType");
            if (type is null || !ContentTypes.Contains(type)) { problems.Add($"contentType '{type}' is not valid"); continue; }
            if (type == "ImageResponseCard") Card(message, problems);
            else Content(message, type, problems);
            Channel(message, type, channel, problems);
        }
        return count;
    }

    private static void Content(JsonElement message, string type, List<string> problems)
    {
        var content = Text(message, "content");
        if (content is null || content.Length is < 1 or > 1024) { problems.Add($"{type} content length {content?.Length} not in 1..1024"); return; }
        if (type != "SSML") return;
        if (!content.StartsWith("<speak>", StringComparison.Ordinal) || !content.EndsWith("</speak>", StringComparison.Ordinal))
        {
            problems.Add("SSML must be wrapped in <speak>");
        }
        try
        {
            using var reader = XmlReader.Create(new StringReader(content));
            while (reader.Read()) { }
        }
        catch (XmlException ex)
        {
            problems.Add("SSML is not well-formed: " + ex.Message);
        }
    }

    private static void Card(JsonElement message, List<string> problems)
    {
        if (!message.TryGetProperty("imageResponseCard", out var card) || card.ValueKind != JsonValueKind.Object)
        {
            problems.Add("ImageResponseCard message needs imageResponseCard");
            return;
        }
        Length(Text(card, "title"), 1, 250, "card title", required: true, problems);
        Length(Text(card, "subtitle"), 1, 250, "card subtitle", required: false, problems);
        Length(Text(card, "imageUrl"), 1, 250, "card imageUrl", required: false, problems);
        if (!card.TryGetProperty("buttons", out var buttons)) return;
        if (buttons.ValueKind != JsonValueKind.Array) { problems.Add("buttons must be an array"); return; }
        if (buttons.GetArrayLength() > 5) problems.Add($"{buttons.GetArrayLength()} buttons (> 5)");
        foreach (var button in buttons.EnumerateArray())
        {
            Length(Text(button, "text"), 1, 50, "button text", required: true, problems);
            Length(Text(button, "value"), 1, 50, "button value", required: true, problems);
        }
    }

    private static void Channel(JsonElement message, string type, Expect channel, List<string> problems)
    {
        switch (channel)
        {
            case Expect.Voice when type != "SSML":
            case Expect.Chat when type != "PlainText":
            case Expect.Sms when type != "PlainText":
            case Expect.Web when type is not ("PlainText" or "ImageResponseCard"):
                problems.Add($"{type} message on a {channel} channel");
                break;
            case Expect.Sms when Text(message, "content") is { } sms && !FitsTwoSegments(sms):
                problems.Add($"SMS text over two segments: {sms.Length} chars");
                break;
        }
    }

    /// <summary>GSM-7 (extension characters count double) up to 2 × 153 septets, otherwise UCS-2 up to 2 × 67 units.</summary>
    public static bool FitsTwoSegments(string text)
    {
        const string basic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
        const string extension = "^{}\\[~]|€\f";
        var septets = 0;
        foreach (var c in text)
        {
            if (basic.Contains(c, StringComparison.Ordinal)) septets += 1;
            else if (extension.Contains(c, StringComparison.Ordinal)) septets += 2;
            else return text.Length <= 2 * 67;
        }
        return septets <= 2 * 153;
    }

    private static void SessionAttributes(JsonElement state, List<string> problems)
    {
        if (!state.TryGetProperty("sessionAttributes", out var attributes)) return;
        StringMap(attributes, "sessionAttributes", problems);
        var size = Encoding.UTF8.GetByteCount(attributes.GetRawText());
        if (size > 12 * 1024) problems.Add($"sessionAttributes are {size} bytes (> 12 KB)");
    }

    private static void StringMap(JsonElement map, string what, List<string> problems)
    {
        if (map.ValueKind != JsonValueKind.Object) { problems.Add($"{what} must be an object"); return; }
        foreach (var property in map.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String) problems.Add($"{what}.{property.Name} is not a string");
        }
    }

    /// <summary>Lex misreads explicit nulls; the only null it expects is an unfilled slot.</summary>
    private static void NoNulls(JsonElement element, string path, List<string> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null when !path.Contains(".slots.", StringComparison.Ordinal):
                problems.Add($"explicit null at {path}");
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) NoNulls(property.Value, $"{path}.{property.Name}", problems);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray()) NoNulls(item, $"{path}[{i++}]", problems);
                break;
        }
    }

    private static void Length(string? value, int min, int max, string what, bool required, List<string> problems)
    {
        if (value is null) { if (required) problems.Add($"{what} is required"); return; }
        if (value.Length < min || value.Length > max) problems.Add($"{what} length {value.Length} not in {min}..{max}");
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
