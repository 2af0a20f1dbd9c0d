using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Elections.Bots.Alexa;
using Elections.Bots.Cli.Serve;
using Elections.Bots.Cli.Serve.Endpoints;

namespace Elections.Bots.Cli.Tests.Serve;

/// <summary><c>POST /alexa</c> returns what the skill's Lambda returns for the same request, and never calls Amazon.</summary>
[Trait("Category", "Integration")]
public sealed class AlexaEndpointTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private const string Fixtures = "Elections.Bots.Alexa.Tests";

    [Theory]
    [InlineData("IntentRequest.PollingPlace.WithAddress.json")]
    [InlineData("LaunchRequest.en-US.json")]
    [InlineData("IntentRequest.NextElection.es-US.json")]
    [InlineData("SessionEndedRequest.UserInitiated.json")]
    public async Task Alexa_WithAFixtureRequest_ReturnsTheSkillsResponseByteForByte(string fixture)
    {
        var request = PlaygroundFixture.EventFixture(Fixtures, fixture);
        var skill = new AlexaFunction(playground.Bot.Engine, new AlexaOptions { SkillId = SkillIdOf(request) }, new OfflineDeviceAddressClient());
        var expected = await skill.InvokeAsync(Encoding.UTF8.GetBytes(request), CancellationToken.None);

        using var response = await playground.PostAsync("/alexa", request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.Body, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Alexa_WithAnAddress_SpeaksThePollingPlace()
    {
        using var response = await playground.PostAsync("/alexa", PlaygroundFixture.EventFixture(Fixtures, "IntentRequest.PollingPlace.WithAddress.json"));

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ssml = json.RootElement.GetProperty("response").GetProperty("outputSpeech").GetProperty("ssml").GetString();
        Assert.Contains("Millbrook Public Library", ssml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alexa_WhenTheVoterAllowedTheDeviceAddress_AsksForItInsteadOfCallingAmazon()
    {
        // The request carries Amazon's API endpoint and a consent token; the playground must not use them.
        using var response = await playground.PostAsync("/alexa", PlaygroundFixture.EventFixture(Fixtures, "IntentRequest.PollingPlace.PermissionGranted.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var body = json.RootElement.GetProperty("response");
        Assert.Contains("address", body.GetProperty("outputSpeech").GetProperty("ssml").GetString(), StringComparison.Ordinal);
        Assert.False(body.GetProperty("shouldEndSession").GetBoolean());
    }

    [Fact]
    public async Task Alexa_WhenTheRequestNamesNoSkill_Returns403WithTheSkillsRefusal()
    {
        var request = JsonNode.Parse(PlaygroundFixture.EventFixture(Fixtures, "LaunchRequest.en-US.json"))!.AsObject();
        request["session"]!.AsObject().Remove("application");
        request["context"]!["System"]!.AsObject().Remove("application");

        using var response = await playground.PostAsync("/alexa", request.ToJsonString());

        await AssertWrongSkillAsync(response);
    }

    [Fact]
    public async Task Alexa_WithSkillIdPinned_RefusesRequestsForAnotherSkill()
    {
        var (bot, server) = await PlaygroundFixture.StartAsync(new ServeSettings(IPAddress.Loopback, 0, AlexaSkillId: "amzn1.ask.skill.someone-else"));
        using (bot)
        await using (server)
        {
            using var content = new StringContent(PlaygroundFixture.EventFixture(Fixtures, "LaunchRequest.en-US.json"), Encoding.UTF8, "application/json");

            using var response = await playground.Client.PostAsync(new Uri(server.BaseAddress, "/alexa"), content);

            await AssertWrongSkillAsync(response);
        }
    }

    private static async Task AssertWrongSkillAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Alexa.WrongSkill", json.RootElement.GetProperty("errorType").GetString());
    }

    private static string SkillIdOf(string request) =>
        JsonNode.Parse(request)!["context"]!["System"]!["application"]!["applicationId"]!.GetValue<string>();
}
