using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Elections.Bots.Alexa.DeviceAddress;
using Elections.Bots.Alexa.Tests.Support;
using Elections.Bots.Alexa.Wire;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa.Tests;

public sealed class AlexaFunctionTests
{
    private static readonly AlexaOptions Options = new() { SkillId = Fixtures.SkillId };

    private readonly FakeEngine _engine = new(turn => IntentNames.UsesAddress(turn.Intent ?? "") && turn.Slot(SlotNames.Address) is null
        ? Replies.AskAddress(turn.Intent!)
        : turn.Intent is IntentNames.Stop or IntentNames.Cancel
            ? Replies.Goodbye(turn.Intent)
            : Replies.Answer(turn.Intent ?? IntentNames.Fallback, "An answer for " + turn.Intent + "."));

    private AlexaFunction Function(IDeviceAddressClient? deviceAddress = null) =>
        new(_engine.HandleAsync, Options, deviceAddress ?? FakeDeviceAddressClient.Unused);

    private static async Task<(AlexaInvocation Result, byte[] Body)> InvokeAsync(AlexaFunction function, byte[] request)
    {
        var result = await function.InvokeAsync(new MemoryStream(request), CancellationToken.None);
        return (result, result.Body);
    }

    private static string TypeOf(string fixture) => Fixtures.Read(fixture).Request!.Type!;

    public static TheoryData<string> AnsweredFixtures => [.. Fixtures.All.Where(f => !f.Contains("WrongSkillId", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(AnsweredFixtures))]
    public async Task InvokeAsync_WhenFixture_ReturnsAValidResponse(string fixture)
    {
        var (result, body) = await InvokeAsync(Function(), Fixtures.Bytes(fixture));

        Assert.False(result.IsRefused, result.Refusal?.Message);
        AlexaResponseValidator.AssertValid(body, TypeOf(fixture)).Dispose();
    }

    [Fact]
    public async Task InvokeAsync_WhenSkillIdIsAnotherSkills_RefusesWithoutAnswering()
    {
        var (result, body) = await InvokeAsync(Function(), Fixtures.Bytes("IntentRequest.WrongSkillId.json"));

        Assert.Equal(AlexaRefusalReason.WrongSkill, result.Refusal!.Reason);
        Assert.Empty(_engine.Turns);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Alexa.WrongSkill", json.RootElement.GetProperty("errorType").GetString());
        Assert.False(json.RootElement.TryGetProperty("response", out _));
    }

    [Fact]
    public async Task InvokeAsync_WhenNoSkillIdAtAll_Refuses()
    {
        var request = Fixtures.Edit("LaunchRequest.NoSession.json", node => node["context"] = null);

        var (result, _) = await InvokeAsync(Function(), request);

        Assert.Equal(AlexaRefusalReason.WrongSkill, result.Refusal!.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"version\":\"1.0\"")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"request\":{\"type\":5}}")]
    [InlineData("{\"request\":{\"locale\":\"en-US\"}}")]
    [InlineData("{\"request\":{\"type\":\"IntentRequest\",\"intent\":{\"slots\":[1,2]}}}")]
    public async Task InvokeAsync_WhenBodyIsNotAnAlexaRequest_RefusesAsMalformed(string body)
    {
        var (result, _) = await InvokeAsync(Function(), Encoding.UTF8.GetBytes(body));

        Assert.Equal(AlexaRefusalReason.MalformedRequest, result.Refusal!.Reason);
        Assert.Empty(_engine.Turns);
    }

    [Fact]
    public async Task InvokeAsync_WhenBodyIsLargerThanAnyAlexaRequest_RefusesUnread()
    {
        var request = Fixtures.Edit("IntentRequest.NextElection.en-US.json", node => node["padding"] = new string(' ', 300_000));

        var (result, _) = await InvokeAsync(Function(), request);

        Assert.Equal(AlexaRefusalReason.RequestTooLarge, result.Refusal!.Reason);
    }

    [Fact]
    public async Task HandleAsync_WhenStreamIsNotAMemoryStream_ReadsItAll()
    {
        var bytes = Fixtures.Bytes("IntentRequest.NextElection.es-US.json");
        await using var input = new BufferedStream(new MemoryStream(bytes), 7);

        var output = await Function().HandleAsync(input, CancellationToken.None);

        Assert.Equal(0, output.Position);
        AlexaResponseValidator.AssertValid(((MemoryStream)output).ToArray()).Dispose();
        Assert.Equal(Core.Locale.Spanish, _engine.LastTurn.Locale);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheInputStreamFails_RefusesAsUnreadable()
    {
        await using var input = new BufferedStream(new FailingStream(), 4);

        var result = await Function().InvokeAsync(input, CancellationToken.None);

        Assert.Equal(AlexaRefusalReason.UnreadableRequest, result.Refusal!.Reason);
    }

    [Theory]
    [InlineData("SessionEndedRequest.UserInitiated.json")]
    [InlineData("SessionEndedRequest.Error.json")]
    [InlineData("SystemExceptionEncountered.json")]
    [InlineData("UnknownRequestType.json")]
    public async Task InvokeAsync_WhenNothingToSay_ReturnsAnEmptyResponse(string fixture)
    {
        var (_, body) = await InvokeAsync(Function(), Fixtures.Bytes(fixture));

        Assert.Equal("""{"version":"1.0","response":{}}""", Encoding.UTF8.GetString(body));
        Assert.Empty(_engine.Turns);
    }

    [Fact]
    public async Task InvokeAsync_WhenLaunched_WelcomesAndKeepsTheSessionOpen()
    {
        var (_, body) = await InvokeAsync(Function(), Fixtures.Bytes("LaunchRequest.en-US.json"));

        using var json = AlexaResponseValidator.AssertValid(body, "LaunchRequest");
        Assert.Equal(IntentNames.Welcome, _engine.LastTurn.Intent);
        Assert.False(json.RootElement.GetProperty("response").GetProperty("shouldEndSession").GetBoolean());
        Assert.True(json.RootElement.GetProperty("response").TryGetProperty("reprompt", out _));
    }

    [Theory]
    [InlineData("IntentRequest.Stop.json")]
    [InlineData("IntentRequest.Cancel.es-US.json")]
    [InlineData("IntentRequest.NavigateHome.json")]
    public async Task InvokeAsync_WhenVoterStops_EndsTheSession(string fixture)
    {
        var (_, body) = await InvokeAsync(Function(), Fixtures.Bytes(fixture));

        using var json = AlexaResponseValidator.AssertValid(body);
        Assert.True(json.RootElement.GetProperty("response").GetProperty("shouldEndSession").GetBoolean());
    }

    [Theory]
    [InlineData("CanFulfillIntentRequest.PollingPlace.json", "YES")]
    [InlineData("CanFulfillIntentRequest.Unknown.json", "NO")]
    public async Task InvokeAsync_WhenCanFulfillIntentRequest_AnswersWithoutTheEngine(string fixture, string expected)
    {
        var (_, body) = await InvokeAsync(Function(), Fixtures.Bytes(fixture));

        using var json = AlexaResponseValidator.AssertValid(body, "CanFulfillIntentRequest");
        Assert.Equal(expected, json.RootElement.GetProperty("response").GetProperty("canFulfillIntent").GetProperty("canFulfill").GetString());
        Assert.Empty(_engine.Turns);
    }

    [Fact]
    public async Task InvokeAsync_WhenPermissionGranted_PutsTheDeviceAddressIntoTheTurn()
    {
        var addresses = new FakeDeviceAddressClient(new DeviceAddressLookup(DeviceAddressStatus.Found, "401 N Main St, Millbrook, NL 99961"));

        var (_, body) = await InvokeAsync(Function(addresses), Fixtures.Bytes("IntentRequest.PollingPlace.PermissionGranted.json"));

        AlexaResponseValidator.AssertValid(body).Dispose();
        var query = Assert.Single(addresses.Queries);
        Assert.Equal(("https://api.amazonalexa.com", "amzn1.ask.device.AEXAMPLEDEVICEID"), (query.ApiEndpoint, query.DeviceId));
        Assert.StartsWith("eyJ", query.ApiAccessToken, StringComparison.Ordinal);
        Assert.Equal("401 N Main St, Millbrook, NL 99961", _engine.LastTurn.Slot(SlotNames.Address));
    }

    [Fact]
    public async Task InvokeAsync_WhenNoPermission_AsksForConsentAndTheAddressWithoutCallingTheApi()
    {
        var addresses = new FakeDeviceAddressClient(new DeviceAddressLookup(DeviceAddressStatus.Found, "x"));

        var (_, body) = await InvokeAsync(Function(addresses), Fixtures.Bytes("IntentRequest.PollingPlace.PermissionDenied.json"));

        using var json = AlexaResponseValidator.AssertValid(body);
        var response = json.RootElement.GetProperty("response");
        Assert.Empty(addresses.Queries);
        Assert.Equal("AskForPermissionsConsent", response.GetProperty("card").GetProperty("type").GetString());
        Assert.Equal("Dialog.ElicitSlot", response.GetProperty("directives")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task InvokeAsync_WhenTheApiSays403_AsksForConsent()
    {
        var (_, body) = await InvokeAsync(Function(new FakeDeviceAddressClient(DeviceAddressLookup.PermissionDenied)),
            Fixtures.Bytes("IntentRequest.PollingPlace.PermissionGranted.json"));

        using var json = AlexaResponseValidator.AssertValid(body);
        Assert.Equal("AskForPermissionsConsent", json.RootElement.GetProperty("response").GetProperty("card").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData(DeviceAddressStatus.NotSet)]
    [InlineData(DeviceAddressStatus.Unavailable)]
    public async Task InvokeAsync_WhenTheDeviceHasNoUsableAddress_AsksForItWithoutAConsentCard(DeviceAddressStatus status)
    {
        var (_, body) = await InvokeAsync(Function(new FakeDeviceAddressClient(new DeviceAddressLookup(status))),
            Fixtures.Bytes("IntentRequest.PollingPlace.PermissionGranted.json"));

        using var json = AlexaResponseValidator.AssertValid(body);
        var response = json.RootElement.GetProperty("response");
        Assert.False(response.TryGetProperty("card", out _));
        Assert.Null(_engine.LastTurn.Slot(SlotNames.Address));
        Assert.Equal("Address", response.GetProperty("directives")[0].GetProperty("slotToElicit").GetString());
    }

    [Theory]
    [InlineData("IntentRequest.EarlyVoting.AddressInSession.json")]
    [InlineData("IntentRequest.PollingPlace.WithAddress.json")]
    [InlineData("IntentRequest.NextElection.en-US.json")]
    public async Task InvokeAsync_WhenTheAddressIsKnownOrNotNeeded_DoesNotCallTheApi(string fixture)
    {
        var addresses = new FakeDeviceAddressClient(new DeviceAddressLookup(DeviceAddressStatus.Found, "x"));

        await InvokeAsync(Function(addresses), Fixtures.Edit(fixture, node =>
            node["context"]!["System"]!["user"]!["permissions"] = new System.Text.Json.Nodes.JsonObject { ["consentToken"] = "t" }));

        Assert.Empty(addresses.Queries);
    }

    [Fact]
    [Trait("Category", "Integration")]
    public async Task InvokeAsync_WhenTheAddressApiHangs_StillAsksForTheAddressInTime()
    {
        await using var server = new LoopbackAddressServer(ServerAnswer.Hangs);
        using var http = new HttpClient();
        var client = new DeviceAddressClient(http, new DeviceAddressClientOptions { AllowLoopbackHttp = true });
        var request = Fixtures.Edit("IntentRequest.PollingPlace.PermissionGranted.json", node =>
            node["context"]!["System"]!["apiEndpoint"] = server.Endpoint);
        var clock = Stopwatch.StartNew();

        var (result, body) = await InvokeAsync(Function(client), request);

        Assert.InRange(clock.ElapsedMilliseconds, 1400, 3000);
        Assert.False(result.IsRefused);
        using var json = AlexaResponseValidator.AssertValid(body);
        Assert.Equal("Address", json.RootElement.GetProperty("response").GetProperty("directives")[0].GetProperty("slotToElicit").GetString());
    }

    [Fact]
    public async Task InvokeAsync_WhenTheEngineFails_ApologizesInsteadOfThrowing()
    {
        var function = new AlexaFunction((_, _) => throw new InvalidOperationException("bug"), Options, FakeDeviceAddressClient.Unused);

        var (result, body) = await InvokeAsync(function, Fixtures.Bytes("IntentRequest.AskQuestion.es-US.json"));

        Assert.False(result.IsRefused);
        using var json = AlexaResponseValidator.AssertValid(body);
        Assert.Contains("Lo siento", json.RootElement.GetProperty("response").GetProperty("outputSpeech").GetProperty("ssml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenReplyHoldsBrokenText_StillAnswersValidly()
    {
        var function = new AlexaFunction((turn, _) => ValueTask.FromResult(Replies.Answer(IntentNames.Help, "Half a pair \uD800 here.")),
            Options, FakeDeviceAddressClient.Unused);

        var (result, body) = await InvokeAsync(function, Fixtures.Bytes("IntentRequest.Help.json"));

        Assert.False(result.IsRefused);
        AlexaResponseValidator.AssertValid(body).Dispose();
    }

    [Fact]
    public async Task InvokeAsync_WhenCancelled_Throws()
    {
        var function = new AlexaFunction(async (_, ct) => { await Task.Delay(Timeout.Infinite, ct); return null!; }, Options, FakeDeviceAddressClient.Unused);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await function.InvokeAsync(Fixtures.Bytes("IntentRequest.NextElection.en-US.json"), cancel.Token));
    }

    [Fact]
    public async Task InvokeAsync_WhenAnswered_ExposesTheEngineReplyForTheTurnLog()
    {
        var (answered, _) = await InvokeAsync(Function(), Fixtures.Bytes("IntentRequest.Help.json"));
        var (ended, _) = await InvokeAsync(Function(), Fixtures.Bytes("SessionEndedRequest.UserInitiated.json"));
        var (refused, _) = await InvokeAsync(Function(), Fixtures.Bytes("IntentRequest.WrongSkillId.json"));

        Assert.Equal(IntentNames.Help, answered.Reply!.Intent);
        Assert.Null(ended.Reply);
        Assert.Null(refused.Reply);
    }

    [Fact]
    public async Task InvokeAsync_WhenSessionHasState_HandsItToTheEngine()
    {
        await InvokeAsync(Function(), Fixtures.Bytes("IntentRequest.ElectionHours.InProgress.json"));

        Assert.Equal(IntentNames.NextElection, _engine.LastTurn.Session.LastIntent);
    }

    private sealed class FailingStream : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new IOException("connection reset");

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("connection reset");
    }
}
