using System.Net;
using System.Text.Json;
using Elections.Bots.Lex.Rendering;

namespace Elections.Bots.Cli.Tests.Serve;

/// <summary><c>/api/ask</c>: the page's conversation, every channel's rendering of each answer, and the facts behind it.</summary>
[Trait("Category", "Integration")]
public sealed class AskEndpointTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private const string MillbrookAddress = "401 N Main St, Millbrook, NL 99961";

    [Fact]
    public async Task Ask_WhereDoIVoteThenAnAddress_KeepsTheSessionAndNamesThePollingPlace()
    {
        var chat = new AskClient(playground);

        var question = await chat.AskAsync("where do I vote");
        var answer = await chat.AskAsync(MillbrookAddress);

        Assert.Equal("Address", question.GetProperty("reply").GetProperty("elicitSlot").GetString());
        var trace = answer.GetProperty("trace");
        Assert.Equal("PollingPlace", trace.GetProperty("intent").GetString());
        var place = Assert.Single(trace.GetProperty("locations").EnumerateArray());
        Assert.Equal("Millbrook Public Library", place.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(trace.GetProperty("precinctId").GetString()));
        Assert.Contains("Millbrook Public Library", answer.GetProperty("reply").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Always_ReturnsEveryChannelsRendering()
    {
        var answer = await new AskClient(playground).AskAsync("where do I vote at " + MillbrookAddress);

        var channels = answer.GetProperty("channels");
        var web = channels.GetProperty("web");
        Assert.Contains("Millbrook Public Library", web.GetProperty("texts")[0].GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(web.GetProperty("card").GetProperty("buttons").EnumerateArray());
        var sms = channels.GetProperty("sms");
        var smsText = sms.GetProperty("text").GetString()!;
        Assert.Equal(SmsSegments.Count(smsText), sms.GetProperty("segments").GetInt32());
        Assert.InRange(sms.GetProperty("segments").GetInt32(), 1, SmsRenderer.MaxSegments);
        Assert.Equal(SmsSegments.IsGsm7(smsText) ? "GSM-7" : "UCS-2", sms.GetProperty("encoding").GetString());
        var voice = channels.GetProperty("connectVoice").GetProperty("ssml");
        Assert.All(voice.EnumerateArray(), ssml => Assert.StartsWith("<speak>", ssml.GetString(), StringComparison.Ordinal));
        Assert.DoesNotContain("https://", voice.GetRawText(), StringComparison.Ordinal);
        var alexa = channels.GetProperty("alexa");
        Assert.StartsWith("<speak>", alexa.GetProperty("ssml").GetString(), StringComparison.Ordinal);
        Assert.Contains("Millbrook Public Library", alexa.GetProperty("card").GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WhenThePageSwitchesToSpanish_AnswersInSpanishWithTheAddressKept()
    {
        var chat = new AskClient(playground);
        await chat.AskAsync("where do I vote at " + MillbrookAddress);

        var answer = await chat.AskAsync("¿Dónde voto?", locale: "es-US");

        Assert.Equal("es-US", answer.GetProperty("reply").GetProperty("locale").GetString());
        Assert.Contains("Su lugar de votación", answer.GetProperty("reply").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Millbrook Public Library", answer.GetProperty("reply").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WhenThePageSwitchesBackToEnglish_TheSelectorWinsOverAnEarlierSpanishRequest()
    {
        var chat = new AskClient(playground);
        var spanish = await chat.AskAsync("en español");

        var english = await chat.AskAsync("when is the election", locale: "en-US");

        Assert.Equal("es-US", spanish.GetProperty("reply").GetProperty("locale").GetString());
        Assert.Equal("en-US", english.GetProperty("reply").GetProperty("locale").GetString());
    }

    [Fact]
    public async Task Ask_WithNow_AnswersForThatMoment()
    {
        var pinned = await new AskClient(playground).AskAsync("when is the election");
        var electionDay = await new AskClient(playground).AskAsync("when is the election", now: "2027-03-09T10:00");

        Assert.StartsWith(PlaygroundFixture.PinnedDay + "T12:00", pinned.GetProperty("answeredAt").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2027-03-09T10:00:00-05:00", electionDay.GetProperty("answeredAt").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(Text(pinned), Text(electionDay));
    }

    [Fact]
    public async Task Ask_WithNoQuestion_StartsWithTheWelcome()
    {
        var answer = await new AskClient(playground).AskAsync(string.Empty);

        Assert.Equal("Welcome", answer.GetProperty("reply").GetProperty("intent").GetString());
        Assert.Contains("Millbrook County", Text(answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"question":"hi","locale":"fr-FR"}""", "locale 'fr-FR' is not supported")]
    [InlineData("""{"question":"hi","now":"next tuesday"}""", "now 'next tuesday' is not a date")]
    [InlineData("""{"question":42}""", "The body is not valid JSON")]
    [InlineData("null", "Send a JSON object")]
    public async Task Ask_WhenAFieldIsWrong_Returns400SayingWhich(string body, string message)
    {
        using var response = await playground.PostAsync("/api/ask", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, problem.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    private static string Text(JsonElement answer) => answer.GetProperty("reply").GetProperty("text").GetString()!;
}
