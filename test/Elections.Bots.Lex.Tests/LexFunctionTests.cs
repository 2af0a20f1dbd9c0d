using System.Text;
using System.Text.Json.Nodes;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Lex.Rendering;
using Elections.Bots.Lex.Tests.Support;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Tests;

/// <summary>Bad input of every kind: nothing escapes the handler, and the voter always gets a way forward.</summary>
public sealed class LexFunctionTests
{
    private readonly FakeEngine _engine = new();
    private readonly LexFunction _function;

    public LexFunctionTests() => _function = new LexFunction(_engine.HandleAsync, new LexOptions("555-0142"));

    private async Task<LexInvocationResult> InvokeAsync(string json)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await _function.InvokeAsync(input, CancellationToken.None);
    }

    private Task<LexInvocationResult> InvokeAsync(JsonNode node) => InvokeAsync(node.ToJsonString());

    [Theory]
    [InlineData("{\"sessionState\": {", LexErrorTypes.InvalidJson)]
    [InlineData("", LexErrorTypes.InvalidJson)]
    [InlineData("{} {}", LexErrorTypes.InvalidJson)]
    [InlineData("[1, 2, 3]", LexErrorTypes.NotLexEvent)]
    [InlineData("\"hello\"", LexErrorTypes.NotLexEvent)]
    [InlineData("null", LexErrorTypes.NotLexEvent)]
    [InlineData("{}", LexErrorTypes.NotLexEvent)]
    [InlineData("{\"version\":\"1.0\",\"session\":{},\"request\":{\"type\":\"LaunchRequest\"}}", LexErrorTypes.NotLexEvent)]
    public async Task InvokeAsync_WhenInputIsNotALexEvent_RejectsItWithAClearError(string input, string errorType)
    {
        var result = await InvokeAsync(input);

        Assert.True(result.IsError);
        var error = LexResponses.ParseError(result.Body);
        Assert.Equal(errorType, error.ErrorType);
        Assert.False(string.IsNullOrWhiteSpace(error.ErrorMessage));
        Assert.Empty(_engine.Turns);
    }

    [Fact]
    public async Task InvokeAsync_WhenLexEventHasAFieldOfTheWrongType_ClosesPolitelyWithThePhone()
    {
        var node = EventFixtures.Node("connect-voice-fulfillment-early-voting-es");
        node["interpretations"] = "not a list";

        var result = await InvokeAsync(node);

        Assert.Equal(LexInvocationStatus.Recovered, result.Status);
        LexResponseValidator.AssertValid(result.Body, LexResponseValidator.Expect.Voice);
        var response = LexResponses.Parse(result.Body);
        Assert.Equal(LexDialogActionTypes.Close, response.SessionState.DialogAction?.Type);
        Assert.Equal(LexIntentStates.Failed, response.SessionState.Intent?.State);
        Assert.Contains("<say-as interpret-as=\"telephone\">5550142</say-as>", LexResponses.AllContent(response), StringComparison.Ordinal);
        Assert.Contains("oficina de elecciones", LexResponses.AllContent(response), StringComparison.Ordinal);
        Assert.Equal("+15555550123", LexResponses.Attribute(response, "CustomerNumber"));
        Assert.Equal(ConnectAttributes.ReasonError, LexResponses.Attribute(response, ConnectAttributes.HandOffReason));
    }

    [Fact]
    public async Task InvokeAsync_WhenSessionStateEscapesALoneSurrogate_AnswersAsANewConversation()
    {
        // A client can set session attributes; this one once made the session decoder throw out of the handler.
        var node = EventFixtures.Node("web-fulfillment-polling-place");
        node["sessionState"]!["sessionAttributes"] = new JsonObject { [SessionStateCodec.AttributeName] = "{\"V\":1,\"A\":\"\\ud800\"}" };

        var result = await InvokeAsync(node);

        Assert.Equal(LexInvocationStatus.Answered, result.Status);
        Assert.Same(SessionState.New, Assert.Single(_engine.Turns).Session);
    }

    [Fact]
    public async Task InvokeAsync_WhenEngineThrows_ClosesPolitelyWithThePhone()
    {
        _engine.Reply = _ => throw new InvalidOperationException("boom");

        var result = await InvokeAsync(Encoding.UTF8.GetString(EventFixtures.Bytes("web-fulfillment-polling-place")));

        Assert.Equal(LexInvocationStatus.Recovered, result.Status);
        LexResponseValidator.AssertValid(result.Body, LexResponseValidator.Expect.Web);
        Assert.Contains("555-0142", LexResponses.AllContent(LexResponses.Parse(result.Body)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenEngineRepliesWithNothingToSay_StillSendsTheMessagesElicitIntentNeeds()
    {
        _engine.Reply = turn => Replies.Answer(IntentNames.Help, string.Empty) with { Speech = [], Outcome = ReplyOutcome.Elicited };

        var result = await InvokeAsync(Encoding.UTF8.GetString(EventFixtures.Bytes("web-fulfillment-fallback-faq")));

        LexResponseValidator.AssertValid(result.Body);
        Assert.NotEmpty(LexResponses.Parse(result.Body).Messages!);
    }

    [Fact]
    public async Task InvokeAsync_WhenTranscriptIs100Kb_AnswersWithACappedTurn()
    {
        var node = EventFixtures.Node("web-fulfillment-fallback-faq");
        node["inputTranscript"] = new string('x', 100 * 1024);

        var result = await InvokeAsync(node);

        Assert.Equal(LexInvocationStatus.Answered, result.Status);
        LexResponseValidator.AssertValid(result.Body);
        Assert.True(Assert.Single(_engine.Turns).Text!.Length <= 1024);
    }

    [Fact]
    public async Task InvokeAsync_WhenForeignSessionAttributesPassTwelveKilobytes_DropsTheLargestAndKeepsOurs()
    {
        var node = EventFixtures.Node("connect-voice-fulfillment-early-voting-es");
        var attributes = node["sessionState"]!["sessionAttributes"]!.AsObject();
        attributes["big"] = new string('b', 11 * 1024);
        attributes["bigger"] = new string('c', 12 * 1024);

        var result = await InvokeAsync(node);

        LexResponseValidator.AssertValid(result.Body);
        var response = LexResponses.Parse(result.Body);
        Assert.Null(LexResponses.Attribute(response, "bigger"));
        Assert.Equal("+15555550123", LexResponses.Attribute(response, "CustomerNumber"));
        Assert.NotNull(LexResponses.Attribute(response, SessionStateCodec.AttributeName));
    }

    [Fact]
    public async Task InvokeAsync_WhenDelegatingWouldEchoOversizedSlots_AnswersNowWithinTheSizeLimit()
    {
        var node = EventFixtures.Node("web-dialog-polling-place");
        node["sessionState"]!["intent"]!["slots"]!["Huge"] = new JsonObject
        {
            ["shape"] = "Scalar",
            ["value"] = new JsonObject { ["originalValue"] = new string('h', 30 * 1024) },
        };

        var result = await InvokeAsync(node);

        LexResponseValidator.AssertValid(result.Body);
        Assert.Equal(LexDialogActionTypes.Close, LexResponses.Parse(result.Body).SessionState.DialogAction?.Type);
    }

    [Fact]
    public async Task InvokeAsync_WhenInputIsLargerThanTheCap_RejectsItUnread()
    {
        using var input = new MemoryStream(new byte[LexFunction.MaxInputBytes + 1]);

        var result = await _function.InvokeAsync(input, CancellationToken.None);

        Assert.Equal(LexErrorTypes.PayloadTooLarge, LexResponses.ParseError(result.Body).ErrorType);
    }

    [Fact]
    public async Task HandleAsync_WhenStreamIsNotSeekable_ReadsItAllAndReturnsTheResponse()
    {
        await using var input = new BufferedStream(new MemoryStream(EventFixtures.Bytes("connect-chat-fulfillment-handoff-es")), 7);

        await using var output = await _function.HandleAsync(input, CancellationToken.None);
        using var copy = new MemoryStream();
        await output.CopyToAsync(copy);

        LexResponseValidator.AssertValid(copy.ToArray(), LexResponseValidator.Expect.Chat);
    }
}
