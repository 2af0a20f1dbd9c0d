using System.Text.Json.Nodes;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Lex.Tests.Support;

namespace Elections.Bots.Lex.Tests.EndToEnd;

/// <summary>On the phone line a caller answers numbered choices in words; Lex passes the transcript, the engine picks.</summary>
public sealed class VoiceChoiceTests
{
    [Fact]
    public async Task ConnectVoice_WhenCallerSaysTheSecondOne_AnswersTheSecondChoice()
    {
        var harness = new LexHarness();
        var offered = LexResponses.Parse((await harness.InvokeAsync(Said("register", session: null))).Body);
        var state = LexResponses.Attribute(offered, SessionStateCodec.AttributeName);
        var choices = SessionStateCodec.Decode(state).Choices;

        var answered = LexResponses.Parse((await harness.InvokeAsync(Said("the second one", state))).Body);

        Assert.Equal(3, choices.Length);
        Assert.Contains("press 2", LexResponses.AllContent(offered), StringComparison.Ordinal);
        var expected = harness.Bot.Dataset.Facts.Faq.Single(e => "faq:" + e.Id == choices[1] && e.Locale == Core.Locale.English);
        var spoken = harness.Bot.Dataset.Facts.FaqIndex.SpokenAnswer(expected);
        Assert.Contains(spoken[..30], LexResponses.AllContent(answered), StringComparison.Ordinal);
    }

    /// <summary>A voice turn Lex could not classify: only the transcript says what the caller wants.</summary>
    private static byte[] Said(string transcript, string? session)
    {
        var node = EventFixtures.Node("connect-voice-fulfillment-stop");
        node["inputTranscript"] = transcript;
        node["interpretations"] = new JsonArray(JsonNode.Parse("""{"intent":{"name":"FallbackIntent","slots":{},"state":"ReadyForFulfillment","confirmationState":"None"},"interpretationSource":"Lex"}"""));
        node["sessionState"]!["intent"] = JsonNode.Parse("""{"name":"FallbackIntent","slots":{},"state":"ReadyForFulfillment","confirmationState":"None"}""");
        if (session is not null) node["sessionState"]!["sessionAttributes"]![SessionStateCodec.AttributeName] = session;
        return EventFixtures.ToBytes(node);
    }
}
