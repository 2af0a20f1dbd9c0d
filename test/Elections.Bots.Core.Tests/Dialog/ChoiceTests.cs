using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Tests;

namespace Elections.Bots.Core.Tests.Dialog;

/// <summary>Picking among numbered choices with words, on every channel, and what a number that picks nothing gets.</summary>
public sealed class ChoiceTests
{
    // "register" fits the deadline, how-to and check entries alike in the sample FAQ: a close call.
    private const string CloseCall = "register";

    [Theory]
    [InlineData("2")]
    [InlineData("two")]
    [InlineData("the second one")]
    [InlineData("number 2")]
    [InlineData("Option two.")]
    public async Task HandleAsync_WhenVoterPicksACloseCallChoiceInWords_AnswersThatEntry(string pick)
    {
        var bot = new MillbrookBot("2027-02-15T10:00");
        var offered = await bot.SayAsync(CloseCall);

        var reply = await bot.SayAsync(pick);

        Assert.Equal("faq-close-call", offered.Trace.Detail);
        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.Equal(offered.Session.Choices[1], "faq:" + reply.Trace.FaqId);
    }

    [Theory]
    [InlineData("la segunda")]
    [InlineData("el número dos")]
    [InlineData("opción 2")]
    [InlineData("dos")]
    public async Task HandleAsync_WhenSpanishVoterPicksInWords_AnswersThatEntry(string pick)
    {
        var bot = new MillbrookBot("2027-02-15T10:00") { Locale = Locale.Spanish };
        var offered = await bot.SayAsync("registro");

        var reply = await bot.SayAsync(pick);

        Assert.Equal("faq-close-call", offered.Trace.Detail);
        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.Equal(offered.Session.Choices[1], "faq:" + reply.Trace.FaqId);
    }

    [Theory]
    [InlineData("five")]
    [InlineData("9")]
    [InlineData("the fourth one")]
    public async Task HandleAsync_WhenNumberIsPastTheChoices_OffersTheSameChoicesAgain(string pick)
    {
        var bot = new MillbrookBot("2027-02-15T10:00");
        var offered = await bot.SayAsync(CloseCall);

        var reply = await bot.SayAsync(pick);

        Assert.Equal(ReplyOutcome.Elicited, reply.Outcome);
        Assert.Equal("choice-out-of-range", reply.Trace.Detail);
        Assert.Contains("from 1 to 3", reply.Text, StringComparison.Ordinal);
        Assert.Equal(offered.Session.Choices.AsEnumerable(), reply.Session.Choices);
        Assert.Equal(offered.Suggestions.Select(s => s.Label), reply.Suggestions.Select(s => s.Label));
    }

    [Fact]
    public async Task HandleAsync_WhenChoicesAreOfferedAgain_TheNextPickStillAnswers()
    {
        var bot = new MillbrookBot("2027-02-15T10:00");
        var offered = await bot.SayAsync(CloseCall);
        await bot.SayAsync("seven");

        var reply = await bot.SayAsync("the third");

        Assert.Equal(offered.Session.Choices[2], "faq:" + reply.Trace.FaqId);
    }

    [Theory]
    [InlineData("I have two questions")]
    [InlineData("what about the second election")]
    public async Task HandleAsync_WhenSentenceHoldsANumber_IsANewQuestionNotAPick(string text)
    {
        var bot = new MillbrookBot("2027-02-15T10:00");
        var offered = await bot.SayAsync(CloseCall);

        var reply = await bot.SayAsync(text);

        Assert.NotEqual(IntentNames.Choice, reply.Intent);
        Assert.NotEqual(offered.Session.Choices[1], "faq:" + reply.Trace.FaqId);
    }

    [Fact]
    public async Task Choice_WhenNothingWasOffered_AsksWhatTheVoterWantsToKnow()
    {
        var bot = new MillbrookBot("2027-02-15T10:00") { Channel = Channel.Alexa };

        var reply = await bot.IntentAsync(IntentNames.Choice, (SlotNames.Number, "2"));

        Assert.Equal(ReplyOutcome.Elicited, reply.Outcome);
        Assert.StartsWith("What would you like to know?", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choice_WhenNumberSlotPicksAnOfferedChoice_AnswersIt()
    {
        var bot = new MillbrookBot("2027-02-15T10:00") { Channel = Channel.Alexa };
        var offered = await bot.SayAsync(CloseCall);

        var reply = await bot.IntentAsync(IntentNames.Choice, (SlotNames.Number, "1"));

        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.Equal(offered.Session.Choices[0], "faq:" + reply.Trace.FaqId);
    }

    [Fact]
    public async Task CloseCall_ByVoice_SaysEachChoiceWithItsNumber()
    {
        var bot = new MillbrookBot("2027-02-15T10:00") { Channel = Channel.Alexa };

        var reply = await bot.SayAsync(CloseCall);

        var speech = string.Concat(reply.Speech.Select(p => p.Text));
        for (var i = 0; i < reply.Suggestions.Length; i++)
        {
            Assert.Contains($"{i + 1} for {reply.Suggestions[i].Label.TrimEnd('?')}", speech, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CloseCall_OnTheKeypadLine_LeavesTheKeysToTheChannel()
    {
        var bot = new MillbrookBot("2027-02-15T10:00") { Channel = Channel.ConnectVoice };

        var reply = await bot.SayAsync(CloseCall);

        var speech = string.Concat(reply.Speech.Select(p => p.Text));
        Assert.DoesNotContain("Say 1", speech, StringComparison.Ordinal);
        Assert.Equal(3, reply.Suggestions.Length);
    }
}
