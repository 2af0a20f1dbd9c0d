using System.Text;
using System.Text.Json.Nodes;

namespace Elections.Bots.Alexa.Tests.Support;

/// <summary>
/// Makes broken and hostile variants of valid Alexa requests, reproducibly from a seed: damaged bytes (flips,
/// cuts, insertions, invalid UTF-8), and damaged structure (values of the wrong type, missing or extra members,
/// odd request types and intent names, huge or hostile slot values, garbage session state, deep nesting, other
/// skill ids). Each variant says what was done, so a failure can be reproduced.
/// </summary>
internal sealed class RequestMutator(int seed)
{
    private static readonly string[] RequestTypes =
    [
        "LaunchRequest", "IntentRequest", "SessionEndedRequest", "CanFulfillIntentRequest", "System.ExceptionEncountered",
        "SessionResumedRequest", "Connections.Response", "AudioPlayer.PlaybackStarted", "Dialog.API.Invoked", "", "intentrequest",
    ];

    private static readonly string[] IntentNames =
    [
        "NextElection", "PollingPlace", "EarlyVoting", "DropBoxes", "AskQuestion", "ChangeLanguage", "MailBallot", "HandOff",
        "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent",
        "AMAZON.YesIntent", "Welcome", "", "OrderPizza", "pollingplace",
    ];

    private static readonly string[] SlotValues =
    [
        "", " ", "401 N Main St, Millbrook 99961", "12 Oak St", "99961", "<speak>hi</speak>", "</speak><audio src='x'/>",
        "&amp; & < > \" '", "https://evil.example/x", "español", "\u0000\u0001\u001f", "😀😀😀", "\ud800", "\udc00x",
        "Robert'); DROP TABLE--", "1 2 3 4 5 6 7 8 9", "ñÑáéíóú¿¡", "\u200b\u202e", "9999999999 Main St",
    ];

    private static readonly string[] Locales = ["en-US", "es-US", "es", "EN_us", "fr-FR", "", "x", "es-MX", "zz-ZZZZZZZZ"];

    private readonly Random _random = new(seed);

    public byte[] Mutate(byte[] request, out string description)
    {
        var kind = _random.Next(20);
        if (kind < 6) return MutateBytes(request, kind, out description);
        var root = JsonNode.Parse(request)!.AsObject();
        description = MutateTree(root, kind);
        // A second change now and then: faults come in pairs in the wild too.
        if (_random.Next(4) == 0) description += " + " + MutateTree(root, 6 + _random.Next(14));
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private byte[] MutateBytes(byte[] request, int kind, out string description)
    {
        var bytes = request.ToList();
        var at = _random.Next(bytes.Count);
        switch (kind)
        {
            case 0:
                bytes[at] ^= (byte)(1 << _random.Next(8));
                description = $"flip bit at {at}";
                break;
            case 1:
                var length = Math.Min(_random.Next(1, 40), bytes.Count - at);
                bytes.RemoveRange(at, length);
                description = $"delete {length} bytes at {at}";
                break;
            case 2:
                var junk = new byte[_random.Next(1, 12)];
                _random.NextBytes(junk);
                bytes.InsertRange(at, junk);
                description = $"insert {junk.Length} random bytes at {at}";
                break;
            case 3:
                bytes.RemoveRange(at, bytes.Count - at);
                description = $"truncate at {at}";
                break;
            case 4:
                var token = (string[])["\"", "{", "}", "[", "]", ",", ":", "null", "\\", "\\u", "\xC3\x28", "\xFF"];
                var pick = token[_random.Next(token.Length)];
                bytes.InsertRange(at, Encoding.Latin1.GetBytes(pick));
                description = $"insert '{pick}' at {at}";
                break;
            default:
                var span = Math.Min(_random.Next(1, 200), bytes.Count - at);
                bytes.InsertRange(at, bytes.GetRange(at, span));
                description = $"duplicate {span} bytes at {at}";
                break;
        }
        return [.. bytes];
    }

    private string MutateTree(JsonObject root, int kind)
    {
        var request = root["request"] as JsonObject;
        var intent = request?["intent"] as JsonObject;
        switch (kind)
        {
            case 6:
            case 7:
                var (node, path) = PickNode(root);
                var replacement = RandomValue(depth: 0);
                Replace(node, replacement?.DeepClone());
                return $"replace {path} with {Describe(replacement)}";
            case 8:
                var (victim, victimPath) = PickNode(root);
                Remove(victim);
                return "remove " + victimPath;
            case 9:
                var (target, targetPath) = PickObject(root);
                var name = _random.Next(2) == 0 ? "extra" + _random.Next(100) : Pick(["type", "value", "name", "System", "eb", "slots"]);
                target[name] = RandomValue(depth: 0);
                return $"add {targetPath}.{name}";
            case 10:
                if (request is null) return "no request";
                var type = Pick(RequestTypes);
                request["type"] = type;
                return "request.type = " + type;
            case 11:
            case 12:
                if (request is null) return "no request";
                var intentName = Pick(IntentNames);
                request["intent"] = intent ??= new JsonObject();
                intent["name"] = intentName;
                return "intent.name = " + intentName;
            case 13:
            case 14:
                if (request is null) return "no request";
                request["intent"] = intent ??= new JsonObject { ["name"] = "PollingPlace" };
                var slotName = Pick(["Address", "Query", "Language", "Other"]);
                var value = _random.Next(8) == 0 ? new string('7', _random.Next(300, 300_000)) : Pick(SlotValues);
                var slot = new JsonObject { ["name"] = slotName, ["value"] = value };
                if (_random.Next(3) == 0)
                {
                    slot["resolutions"] = new JsonObject
                    {
                        ["resolutionsPerAuthority"] = new JsonArray(new JsonObject
                        {
                            ["status"] = new JsonObject { ["code"] = Pick(["ER_SUCCESS_MATCH", "ER_SUCCESS_NO_MATCH", "ER_ERROR_TIMEOUT", "x"]) },
                            ["values"] = _random.Next(2) == 0 ? new JsonArray() : new JsonArray(new JsonObject { ["value"] = new JsonObject { ["name"] = Pick(SlotValues) } }),
                        }),
                    };
                }
                intent["slots"] = new JsonObject { [slotName] = slot };
                return $"slot {slotName} = {Describe(value)}";
            case 15:
                var session = root["session"] as JsonObject ?? [];
                root["session"] = session;
                var state = Pick(["{\"V\":1,\"A\":\"401 N Main St\",\"P\":\"PollingPlace\",\"N\":99}", "{\"V\":2}", "{", "null", "{\"V\":1,\"C\":[\"faq:zzz\",\"intent:Nope\",\"\"],\"L\":\"xx\"}", new string('{', 5000), "\"\"", "{\"V\":1,\"I\":\"Stop\",\"S\":-5}"]);
                session["attributes"] = new JsonObject { ["eb"] = state };
                return "session state = " + Describe(state);
            case 16:
                if (request is null) return "no request";
                var locale = Pick(Locales);
                request["locale"] = locale;
                return "locale = " + locale;
            case 17:
                var deep = _random.Next(10, 300);
                JsonNode nested = new JsonObject();
                for (var i = 0; i < deep; i++) nested = new JsonObject { ["n"] = nested };
                var (host, hostPath) = PickObject(root);
                host["deep"] = nested;
                return $"nest {deep} levels at {hostPath}";
            case 18:
                var id = Pick(["amzn1.ask.skill.other", "", Fixtures.SkillId.ToUpperInvariant(), Fixtures.SkillId + " "]);
                if (Member(Member(Member(root, "context"), "System"), "application") is JsonObject app) app["applicationId"] = id;
                return "skill id = " + id;
            default:
                var system = Member(Member(root, "context"), "System") as JsonObject;
                var user = Member(system, "user") as JsonObject;
                if (user is null) return "no user";
                user["permissions"] = _random.Next(2) == 0 ? new JsonObject { ["consentToken"] = "token" } : null;
                system!["apiEndpoint"] = Pick(["https://api.amazonalexa.com", "http://127.0.0.1:1", "not a url", "", "https://evil.example"]);
                return "permissions and endpoint changed";
        }
    }

    private JsonNode? RandomValue(int depth) => _random.Next(depth > 1 ? 8 : 10) switch
    {
        0 => null,
        1 => _random.Next(2) == 0,
        2 => _random.Next(int.MinValue, int.MaxValue),
        3 => _random.NextDouble() * Math.Pow(10, _random.Next(-5, 300)),
        4 => "",
        5 => new string((char)_random.Next(0x20, 0x2FFF), _random.Next(1, 5000)),
        6 => Pick(SlotValues),
        7 => long.MaxValue,
        8 => new JsonArray(RandomValue(depth + 1), RandomValue(depth + 1)),
        _ => new JsonObject { ["type"] = RandomValue(depth + 1), ["value"] = RandomValue(depth + 1) },
    };

    private (JsonNode Node, string Path) PickNode(JsonObject root)
    {
        var all = new List<JsonNode>();
        Collect(root, all);
        var node = all[_random.Next(all.Count)];
        return (node, node.GetPath());
    }

    private (JsonObject Node, string Path) PickObject(JsonObject root)
    {
        var all = new List<JsonNode>();
        Collect(root, all);
        var objects = all.OfType<JsonObject>().ToList();
        var node = objects.Count == 0 ? root : objects[_random.Next(objects.Count)];
        return (node, node.GetPath());
    }

    private static void Collect(JsonNode? node, List<JsonNode> into)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null) into.Add(child);
                    Collect(child, into);
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null) into.Add(child);
                    Collect(child, into);
                }
                break;
        }
    }

    private static void Replace(JsonNode node, JsonNode? value)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent[node.GetPropertyName()] = value;
                break;
            case JsonArray array:
                array[node.GetElementIndex()] = value;
                break;
        }
    }

    private static void Remove(JsonNode node)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent.Remove(node.GetPropertyName());
                break;
            case JsonArray array:
                array.RemoveAt(node.GetElementIndex());
                break;
        }
    }

    /// <summary>A member of an object, or null when the node is not an object (an earlier mutation may have replaced it).</summary>
    private static JsonNode? Member(JsonNode? node, string name) => (node as JsonObject)?[name];

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static string Describe(object? value)
    {
        var text = value?.ToString() ?? "null";
        return text.Length <= 40 ? text : text[..40] + $"…({text.Length} chars)";
    }
}
