using System.Net;
using System.Text;
using System.Text.Json;
using Elections.Bots.Lex;

namespace Elections.Bots.Cli.Tests.Serve;

/// <summary><c>POST /lex</c> returns what the Lambda function returns for the same event.</summary>
[Trait("Category", "Integration")]
public sealed class LexEndpointTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    [Theory]
    [InlineData("web-fulfillment-polling-place.json")]
    [InlineData("sms-twilio-fulfillment-registration-deadline-es.json")]
    [InlineData("connect-voice-fulfillment-early-voting-es.json")]
    public async Task Lex_WithAFixtureEvent_ReturnsTheFunctionsResponseByteForByte(string fixture)
    {
        var lexEvent = PlaygroundFixture.EventFixture("Elections.Bots.Lex.Tests", fixture);
        var function = new LexFunction(playground.Bot.Engine, playground.Bot.Options);
        var expected = await function.InvokeAsync(Encoding.UTF8.GetBytes(lexEvent), CancellationToken.None);

        using var response = await playground.PostAsync("/lex", lexEvent);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected.Body, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Lex_WithThePollingPlaceEvent_ClosesWithThePlace()
    {
        using var response = await playground.PostAsync("/lex", PlaygroundFixture.EventFixture("Elections.Bots.Lex.Tests", "web-fulfillment-polling-place.json"));

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var state = json.RootElement.GetProperty("sessionState");
        Assert.Equal("Close", state.GetProperty("dialogAction").GetProperty("type").GetString());
        Assert.Contains("Millbrook Public Library", json.RootElement.GetProperty("messages")[0].GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lex_WhenTheBodyIsNotALexEvent_Returns400WithTheFunctionsError()
    {
        using var response = await playground.PostAsync("/lex", """{"hello":"world"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("NotLexEvent", json.RootElement.GetProperty("errorType").GetString());
    }
}
