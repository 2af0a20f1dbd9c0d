using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Elections.Bots.Alexa.DeviceAddress;
using Elections.Bots.Alexa.Tests.Support;
using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Facts;
using Elections.Bots.Tests;

namespace Elections.Bots.Alexa.Tests.EndToEnd;

/// <summary>Fixture requests through the function and the real engine on the Millbrook sample, checked end to end.</summary>
public sealed class MillbrookSkillTests
{
    private readonly MillbrookSkill _skill = new();

    private ElectionFacts Facts => _skill.Bot.Dataset.Facts;

    private Election NextElection => Facts.Elections.Where(e => e.Date >= new DateOnly(2027, 2, 15)).MinBy(e => e.Date)!;

    /// <summary>The polling place addresses.csv expects for its row about <paramref name="address"/>.</summary>
    private PollingLocation ExpectedPlace(string address)
    {
        var row = File.ReadLines(RepositoryPaths.Sample("addresses.csv")).First(l => l.StartsWith('"' + address + '"', StringComparison.Ordinal));
        return Facts.Locations[row.Split("\",")[1].Split(',')[0]];
    }

    public static TheoryData<string> AnsweredFixtures => [.. Fixtures.All.Where(f => !f.Contains("WrongSkillId", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(AnsweredFixtures))]
    public async Task HandleAsync_WhenFixture_AnswersWithinEveryAlexaRule(string fixture) =>
        await _skill.SendAsync(fixture);

    [Fact]
    public async Task HandleAsync_WhenLaunched_WelcomesNamesTheNextElectionAndWaitsForAQuestion()
    {
        var response = await _skill.SendAsync("LaunchRequest.en-US.json");

        var ssml = MillbrookSkill.Ssml(response);
        Assert.Contains("Welcome to the " + Facts.JurisdictionName, ssml, StringComparison.Ordinal);
        Assert.Contains($"<say-as interpret-as='date'>????{NextElection.Date:MMdd}</say-as>", ssml, StringComparison.Ordinal);
        Assert.False(response.GetProperty("shouldEndSession").GetBoolean());
        Assert.Contains("where do I vote", response.GetProperty("reprompt").GetProperty("outputSpeech").GetProperty("ssml").GetString(), StringComparison.Ordinal);
        Assert.Equal("Simple", response.GetProperty("card").GetProperty("type").GetString());
    }

    [Fact]
    public async Task HandleAsync_WhenLaunchedInSpanish_WelcomesInSpanish()
    {
        var response = await _skill.SendAsync("LaunchRequest.es-US.json");

        Assert.StartsWith("<speak>Bienvenido", MillbrookSkill.Ssml(response), StringComparison.Ordinal);
        Assert.Contains("¿Qué más le gustaría saber?", response.GetProperty("reprompt").GetProperty("outputSpeech").GetProperty("ssml").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IntentRequest.NextElection.en-US.json", "Tuesday, ")]
    [InlineData("IntentRequest.NextElection.es-US.json", "martes ")]
    public async Task HandleAsync_WhenAskedForTheNextElection_SaysItsDateAndShowsItsName(string fixture, string weekday)
    {
        var response = await _skill.SendAsync(fixture);

        Assert.Contains(weekday + $"<say-as interpret-as='date'>????{NextElection.Date:MMdd}</say-as>", MillbrookSkill.Ssml(response), StringComparison.Ordinal);
        Assert.Contains(NextElection.Name, MillbrookSkill.CardText(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IntentRequest.PollingPlace.WithAddress.json")]
    [InlineData("IntentRequest.PollingPlace.WithAddress.es-US.json")]
    public async Task HandleAsync_WhenAddressIsSaid_NamesThePollingPlaceForIt(string fixture)
    {
        var place = ExpectedPlace("401 N Main St, Millbrook, NL 99961");

        var response = await _skill.SendAsync(fixture);

        Assert.Contains(SsmlEscaped(place.Name), MillbrookSkill.Ssml(response), StringComparison.Ordinal);
        Assert.Contains(place.Address.Lines[0], MillbrookSkill.CardText(response), StringComparison.Ordinal);
        Assert.False(response.TryGetProperty("directives", out _));
    }

    [Fact]
    public async Task HandleAsync_WhenFollowUpAsksAboutEarlyVoting_ReusesTheAddressFromTheSession()
    {
        var addresses = new FakeDeviceAddressClient(new DeviceAddressLookup(DeviceAddressStatus.Found, "3500 Ridgeline Hwy, Eastfield, NL 99964"));
        var skill = new MillbrookSkill(addresses);
        await skill.SendAsync("IntentRequest.PollingPlace.WithAddress.json");

        var response = await skill.ContinueAsync("IntentRequest.EarlyVoting.AddressInSession.json");

        Assert.Empty(addresses.Queries);
        Assert.False(response.TryGetProperty("directives", out _));
        Assert.False(response.GetProperty("shouldEndSession").GetBoolean());
        Assert.Equal("Simple", response.GetProperty("card").GetProperty("type").GetString());
    }

    [Fact]
    [Trait("Category", "Integration")]
    public async Task HandleAsync_WhenVoterAllowedTheDeviceAddress_AnswersForTheDevicesAddress()
    {
        var place = ExpectedPlace("1150 N Main St, Millbrook, NL 99961");
        await using var server = new LoopbackAddressServer(new ServerAnswer(200,
            """{"addressLine1":"1150 N Main St","city":"Millbrook","stateOrRegion":"NL","postalCode":"99961","countryCode":"US"}"""));
        using var http = new HttpClient();
        var skill = new MillbrookSkill(new DeviceAddressClient(http, new DeviceAddressClientOptions { AllowLoopbackHttp = true }));

        var response = await skill.SendAsync("IntentRequest.PollingPlace.PermissionGranted.json", node =>
            node["context"]!["System"]!["apiEndpoint"] = server.Endpoint);

        Assert.Contains(SsmlEscaped(place.Name), MillbrookSkill.Ssml(response), StringComparison.Ordinal);
        Assert.Equal("/v1/devices/amzn1.ask.device.AEXAMPLEDEVICEID/settings/address", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task HandleAsync_WhenNoPermissionThenAddressSaid_AsksForConsentOrAddressThenAnswers()
    {
        var place = ExpectedPlace("1733 Old Mill Rd, Millbrook, NL 99961");

        var asked = await _skill.SendAsync("IntentRequest.PollingPlace.PermissionDenied.json");
        var answered = await _skill.ContinueAsync("IntentRequest.PollingPlace.PermissionDenied.json", node =>
            node["request"]!["intent"]!["slots"]!["Address"]!["value"] = "1733 Old Mill Rd, Millbrook, NL 99961");

        Assert.Equal("AskForPermissionsConsent", asked.GetProperty("card").GetProperty("type").GetString());
        Assert.Equal("Address", asked.GetProperty("directives")[0].GetProperty("slotToElicit").GetString());
        Assert.Equal(IntentNames.PollingPlace, asked.GetProperty("directives")[0].GetProperty("updatedIntent").GetProperty("name").GetString());
        Assert.Contains("Alexa app", MillbrookSkill.Ssml(asked), StringComparison.Ordinal);
        Assert.Contains(SsmlEscaped(place.Name), MillbrookSkill.Ssml(answered), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DeviceAddressStatus.NotSet)]
    [InlineData(DeviceAddressStatus.Unavailable)]
    public async Task HandleAsync_WhenDeviceAddressCannotBeUsed_AsksForTheAddress(DeviceAddressStatus status)
    {
        var skill = new MillbrookSkill(new FakeDeviceAddressClient(new DeviceAddressLookup(status)));

        var response = await skill.SendAsync("IntentRequest.PollingPlace.PermissionGranted.json");

        Assert.Equal("Address", response.GetProperty("directives")[0].GetProperty("slotToElicit").GetString());
        Assert.False(response.TryGetProperty("card", out _));
    }

    [Fact]
    public async Task HandleAsync_WhenDeviceAddressIsOutsideTheCounty_SaysSoRatherThanGuessing()
    {
        var skill = new MillbrookSkill(new FakeDeviceAddressClient(new DeviceAddressLookup(DeviceAddressStatus.Found, "1600 Pennsylvania Ave NW, Washington, DC 20500")));

        var response = await skill.SendAsync("IntentRequest.PollingPlace.PermissionGranted.json");

        foreach (var place in Facts.Locations.Values)
        {
            Assert.DoesNotContain(SsmlEscaped(place.Name), MillbrookSkill.Ssml(response), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("register-how", "en-US")]
    [InlineData("mail-request", "es-US")]
    public async Task HandleAsync_WhenAnFaqQuestionIsAsked_AnswersWithTheFullTextOnTheCard(string faqId, string locale)
    {
        var entry = Facts.Faq.Single(f => f.Id == faqId && f.Locale == LocaleTags.ParseOrEnglish(locale));

        var response = await _skill.SendAsync("IntentRequest.AskQuestion.en-US.json", node =>
        {
            node["request"]!["locale"] = locale;
            node["request"]!["intent"]!["slots"]!["Query"]!["value"] = entry.Question;
        });

        Assert.Contains(entry.Answer, MillbrookSkill.CardText(response), StringComparison.Ordinal);
        Assert.DoesNotContain("http", MillbrookSkill.Ssml(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WhenVoterSwitchesToSpanishOnAnEnglishDevice_SpeaksSpanishFromThenOn()
    {
        var switched = await _skill.SendAsync("IntentRequest.ChangeLanguage.ErMatch.json");
        var next = await _skill.ContinueAsync("IntentRequest.NextElection.en-US.json");

        Assert.StartsWith("<speak><lang xml:lang='es-US'>", MillbrookSkill.Ssml(switched), StringComparison.Ordinal);
        Assert.Contains("martes <say-as", MillbrookSkill.Ssml(next), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IntentRequest.Stop.json", true)]
    [InlineData("IntentRequest.Cancel.es-US.json", true)]
    [InlineData("IntentRequest.Help.json", false)]
    [InlineData("IntentRequest.Fallback.json", false)]
    [InlineData("IntentRequest.UnknownIntent.json", false)]
    [InlineData("IntentRequest.SlotsWithoutValues.json", false)]
    public async Task HandleAsync_WhenBuiltInOrEmptyIntent_EndsOnlyOnStopOrCancel(string fixture, bool ends)
    {
        var response = await _skill.SendAsync(fixture);

        Assert.Equal(ends, response.GetProperty("shouldEndSession").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(MillbrookSkill.Ssml(response)));
    }

    [Fact]
    public async Task HandleAsync_WhenSlotValueIsHuge_AnswersPolitely()
    {
        var response = await _skill.SendAsync("IntentRequest.PollingPlace.WithAddress.json", node =>
            node["request"]!["intent"]!["slots"]!["Address"]!["value"] = string.Concat(Enumerable.Repeat("12 Oak Street ", 15_000)));

        Assert.False(response.GetProperty("shouldEndSession").GetBoolean());
    }

    private static string SsmlEscaped(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("'", "&apos;", StringComparison.Ordinal);
}
