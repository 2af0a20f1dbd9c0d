using System.Text.Json;
using System.Text.Json.Nodes;
using Elections.Bots.Alexa.DeviceAddress;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Import.Dataset;
using Elections.Bots.Tests;

namespace Elections.Bots.Alexa.Tests.Support;

/// <summary>
/// The whole skill as Alexa meets it: the function on the real engine and the Millbrook sample store, at a
/// fixed Millbrook time. Holds one conversation: each request after the first carries the session
/// attributes of the last response, as Alexa does.
/// </summary>
internal sealed class MillbrookSkill
{
    /// <summary>Monday, February 15, 2027, 10:00 in Millbrook (15:00 UTC): early voting is a week away.</summary>
    public const string DefaultLocalTime = "2027-02-15T10:00";

    public MillbrookSkill(IDeviceAddressClient? addresses = null, string localTime = DefaultLocalTime, LoadedDataset? dataset = null)
    {
        Bot = new MillbrookBot(localTime, dataset);
        Function = new AlexaFunction(Bot.Engine, new AlexaOptions { SkillId = Fixtures.SkillId }, addresses ?? FakeDeviceAddressClient.Unused);
    }

    public MillbrookBot Bot { get; }

    public AlexaFunction Function { get; }

    private JsonNode? _sessionAttributes;

    /// <summary>Sends a request, checks the response against every Alexa rule, and keeps its session attributes.</summary>
    public async Task<JsonElement> SendAsync(byte[] request)
    {
        var type = JsonNode.Parse(request)!["request"]!["type"]!.GetValue<string>();
        var result = await Function.InvokeAsync(request, CancellationToken.None);
        Assert.False(result.IsRefused, result.Refusal?.Message);
        using var document = AlexaResponseValidator.AssertValid(result.Body, type);
        var root = document.RootElement.Clone();
        _sessionAttributes = root.TryGetProperty("sessionAttributes", out var attributes) ? JsonNode.Parse(attributes.GetRawText()) : null;
        return root.GetProperty("response");
    }

    public Task<JsonElement> SendAsync(string fixture, Action<JsonObject>? edit = null) =>
        SendAsync(Fixtures.Edit(fixture, node => edit?.Invoke(node)));

    /// <summary>The next request of the same session: the fixture with the last response's session attributes.</summary>
    public Task<JsonElement> ContinueAsync(string fixture, Action<JsonObject>? edit = null) =>
        SendAsync(fixture, node =>
        {
            node["session"]!["new"] = false;
            node["session"]!["attributes"] = _sessionAttributes?.DeepClone();
            edit?.Invoke(node);
        });

    /// <summary>The engine's session state ("eb") the last response carried.</summary>
    public string? LastSessionState => _sessionAttributes?[SessionStateCodec.AttributeName]?.GetValue<string>();

    public static string Ssml(JsonElement response) => response.GetProperty("outputSpeech").GetProperty("ssml").GetString()!;

    public static string CardText(JsonElement response) => response.GetProperty("card").GetProperty("content").GetString()!;
}
