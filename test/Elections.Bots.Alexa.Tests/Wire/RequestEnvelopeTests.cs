using System.Text;
using System.Text.Json.Nodes;
using Elections.Bots.Alexa.Tests.Support;
using Elections.Bots.Alexa.Wire;

namespace Elections.Bots.Alexa.Tests.Wire;

public sealed class RequestEnvelopeTests
{
    public static TheoryData<string> AllFixtures => [.. Fixtures.All];

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void ReadRequest_WhenFixture_ReadsTypeLocaleAndSkill(string fixture)
    {
        var envelope = Fixtures.Read(fixture);

        Assert.Equal("1.0", envelope.Version);
        Assert.False(string.IsNullOrEmpty(envelope.Request?.Type));
        Assert.NotNull(envelope.Request!.Locale);
        Assert.StartsWith("amzn1.ask.skill.", envelope.Context?.System?.Application?.ApplicationId, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRequest_WhenContextKeysArePascalCase_ReadsSystem()
    {
        var system = Fixtures.Read("LaunchRequest.en-US.json").Context!.System!;

        Assert.Equal(Fixtures.SkillId, system.Application!.ApplicationId);
        Assert.Equal("https://api.amazonalexa.com", system.ApiEndpoint);
        Assert.Equal("amzn1.ask.device.AEXAMPLEDEVICEID", system.Device!.DeviceId);
        Assert.StartsWith("eyJ", system.ApiAccessToken, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRequest_WhenTimestampIsEpochMilliseconds_ReadsTheSameInstantAsIsoText()
    {
        var epoch = Fixtures.Read("LaunchRequest.EpochTimestamp.json").Request!.Timestamp;
        var iso = Fixtures.Read("LaunchRequest.en-US.json").Request!.Timestamp;

        Assert.Equal(new DateTimeOffset(2027, 2, 15, 15, 0, 0, TimeSpan.Zero), iso);
        Assert.Equal(iso, epoch);
    }

    [Theory]
    [InlineData("\"yesterday\"")]
    [InlineData("{\"at\":1}")]
    [InlineData("[1,2]")]
    [InlineData("true")]
    [InlineData("99999999999999999")]
    [InlineData("1.5e300")]
    [InlineData("null")]
    public void ReadRequest_WhenTimestampIsNotADate_ReadsNoTimestampAndTheRest(string timestamp)
    {
        var bytes = Fixtures.Edit("LaunchRequest.en-US.json", node => node["request"]!["timestamp"] = JsonNode.Parse(timestamp));

        var envelope = AlexaJson.ReadRequest(bytes)!;

        Assert.Null(envelope.Request!.Timestamp);
        Assert.Equal(RequestTypes.Launch, envelope.Request.Type);
    }

    [Fact]
    public void ReadRequest_WhenUnknownFieldsAppear_IgnoresThem()
    {
        var bytes = Fixtures.Edit("IntentRequest.NextElection.en-US.json", node =>
        {
            node["newTopLevel"] = new JsonObject { ["nested"] = new JsonArray(1, "two", null) };
            node["request"]!["shouldUndo"] = true;
            node["request"]!["intent"]!["slots"]!.AsObject()["Extra"] = new JsonObject { ["name"] = "Extra", ["futureField"] = 3 };
            node["context"]!["Alexa.Presentation.APL"] = new JsonObject { ["token"] = "t" };
        });

        var envelope = AlexaJson.ReadRequest(bytes)!;

        Assert.Equal("NextElection", envelope.Request!.Intent!.Name);
    }

    [Fact]
    public void ReadRequest_WhenUnknownRequestType_ReadsItAsText()
    {
        var envelope = Fixtures.Read("UnknownRequestType.json");

        Assert.Equal("Alexa.Presentation.APL.UserEvent", envelope.Request!.Type);
    }

    [Fact]
    public void ReadRequest_WhenIntentRequest_ReadsSlotsResolutionsAndDialogState()
    {
        var request = Fixtures.Read("IntentRequest.ChangeLanguage.ErMatch.json").Request!;
        var slot = request.Intent!.Slots!["Language"]!;
        var authority = slot.Resolutions!.ResolutionsPerAuthority![0]!;

        Assert.Equal("español", slot.Value);
        Assert.Equal(ResolutionStatus.SuccessMatch, authority.Status!.Code);
        Assert.Equal("Spanish", authority.Values![0]!.Value!.Name);
        Assert.Equal(ConfirmationStatuses.None, request.Intent.ConfirmationStatus);
        Assert.Equal("STARTED", Fixtures.Read("IntentRequest.PollingPlace.WithAddress.json").Request!.DialogState);
    }

    [Fact]
    public void ReadRequest_WhenSessionEndedWithError_ReadsReasonAndError()
    {
        var request = Fixtures.Read("SessionEndedRequest.Error.json").Request!;

        Assert.Equal("ERROR", request.Reason);
        Assert.Equal("INVALID_RESPONSE", request.Error!.Type);
    }

    [Fact]
    public void ReadRequest_WhenExceptionEncountered_ReadsErrorAndCause()
    {
        var envelope = Fixtures.Read("SystemExceptionEncountered.json");

        Assert.Null(envelope.Session);
        Assert.Equal("INVALID_RESPONSE", envelope.Request!.Error!.Type);
        Assert.Equal("amzn1.echo-api.request.0000-earlier", envelope.Request.Cause!.RequestId);
    }

    [Fact]
    public void ReadRequest_WhenSessionStateIsNotText_ReadsNoState()
    {
        var bytes = Fixtures.Edit("IntentRequest.EarlyVoting.AddressInSession.json", node =>
            node["session"]!["attributes"] = new JsonObject { ["eb"] = new JsonObject { ["V"] = 1 }, ["other"] = 5 });

        var envelope = AlexaJson.ReadRequest(bytes)!;

        Assert.Null(envelope.Session!.Attributes!.State);
    }

    [Fact]
    public void ReadRequest_WhenContextIsNull_ReadsTheRequest()
    {
        var bytes = Fixtures.Edit("IntentRequest.NextElection.en-US.json", node => node["context"] = null);

        var envelope = AlexaJson.ReadRequest(bytes)!;

        Assert.Null(envelope.Context);
        Assert.Equal(Fixtures.SkillId, envelope.Session!.Application!.ApplicationId);
    }

    [Fact]
    public void Write_WhenResponseHasSsmlAndAccents_KeepsThemReadableAndLeavesOutNulls()
    {
        var response = new ResponseEnvelope
        {
            Response = new ResponseBody { OutputSpeech = OutputSpeech.FromSsml("<speak>Votación: el martes</speak>"), ShouldEndSession = true },
        };

        var json = Encoding.UTF8.GetString(AlexaJson.Write(response));

        Assert.Equal("""{"version":"1.0","response":{"outputSpeech":{"type":"SSML","ssml":"<speak>Votación: el martes</speak>"},"shouldEndSession":true}}""", json);
    }
}
