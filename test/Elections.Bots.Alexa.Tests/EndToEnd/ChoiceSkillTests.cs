using Elections.Bots.Alexa.Mapping;
using Elections.Bots.Alexa.Tests.Support;
using Elections.Bots.Alexa.Wire;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa.Tests.EndToEnd;

/// <summary>Numbered choices by voice: said with their numbers, picked with the Choice intent Alexa sends for a bare number.</summary>
public sealed class ChoiceSkillTests
{
    private readonly MillbrookSkill _skill = new();

    // "the second one": entity resolution gives "second"; without a match the raw words arrive and still count.
    [Theory]
    [InlineData(null)]
    [InlineData("segunda")]
    public async Task Choice_SaidAsAnOrdinal_AnswersTheChoiceWithThatNumber(string? unresolved)
    {
        await _skill.SendAsync("IntentRequest.AskQuestion.CloseCall.json");
        var session = SessionStateCodec.Decode(_skill.LastSessionState);
        var second = _skill.Bot.Dataset.Facts.Faq.Single(e => e.Locale == Core.Locale.English && "faq:" + e.Id == session.Choices[1]);

        var answered = await _skill.ContinueAsync("IntentRequest.Choice.Ordinal.json", node =>
        {
            if (unresolved is null) return;
            var slot = node["request"]!["intent"]!["slots"]!["Ordinal"]!;
            slot["value"] = unresolved;
            slot["resolutions"]!["resolutionsPerAuthority"]![0]!["status"]!["code"] = "ER_SUCCESS_NO_MATCH";
        });

        var spoken = _skill.Bot.Dataset.Facts.FaqIndex.SpokenAnswer(second);
        Assert.Contains(Escaped(spoken[..30]), MillbrookSkill.Ssml(answered), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choice_AfterACloseCall_AnswersTheChoiceWithThatNumber()
    {
        var offered = await _skill.SendAsync("IntentRequest.AskQuestion.CloseCall.json");
        var choices = _skill.Bot.Dataset.Facts.Faq.Where(e => e.Locale == Core.Locale.English).ToDictionary(e => "faq:" + e.Id);
        var offeredSsml = MillbrookSkill.Ssml(offered);
        var session = SessionStateCodec.Decode(_skill.LastSessionState);

        var answered = await _skill.ContinueAsync("IntentRequest.Choice.json");

        Assert.Equal(3, session.Choices.Length);
        for (var i = 0; i < session.Choices.Length; i++)
        {
            Assert.Contains($"{i + 1} for {Escaped(choices[session.Choices[i]].Question.TrimEnd('?'))}", offeredSsml, StringComparison.Ordinal);
        }
        var second = choices[session.Choices[1]];
        var spoken = _skill.Bot.Dataset.Facts.FaqIndex.SpokenAnswer(second);
        Assert.Contains(Escaped(spoken[..30]), MillbrookSkill.Ssml(answered), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choice_WhenNothingWasOffered_AsksWhatTheVoterWantsToKnow()
    {
        var response = await _skill.SendAsync("IntentRequest.Choice.json");

        Assert.StartsWith("<speak>What would you like to know?", MillbrookSkill.Ssml(response), StringComparison.Ordinal);
        Assert.False(response.GetProperty("shouldEndSession").GetBoolean());
    }

    [Fact]
    public async Task Choice_WhenNumberIsPastTheChoices_SaysTheChoicesAgain()
    {
        await _skill.SendAsync("IntentRequest.AskQuestion.CloseCall.json");

        var response = await _skill.ContinueAsync("IntentRequest.Choice.json", node => node["request"]!["intent"]!["slots"]!["Number"]!["value"] = "7");

        var ssml = MillbrookSkill.Ssml(response);
        Assert.Contains("from 1 to 3", ssml, StringComparison.Ordinal);
        Assert.Contains("Say 1 for", ssml, StringComparison.Ordinal);
    }

    // Alexa reads three follow-ups in its reprompt; the session keeps only those, so "four" cannot pick one nobody heard.
    [Fact]
    public async Task Choice_AfterAnOrdinaryAnswer_PicksOnlyAmongTheFollowUpsAlexaRead()
    {
        var answer = await _skill.SendAsync("IntentRequest.NextElection.en-US.json");
        var heard = SessionStateCodec.Decode(_skill.LastSessionState).Choices;
        var reprompt = answer.GetProperty("reprompt").GetProperty("outputSpeech").GetProperty("ssml").GetString()!;

        var fourth = await _skill.ContinueAsync("IntentRequest.Choice.json", node => node["request"]!["intent"]!["slots"]!["Number"]!["value"] = "4");

        Assert.Equal(3, heard.Length);
        Assert.Contains("You can ask:", reprompt, StringComparison.Ordinal);
        Assert.Contains("from 1 to 3", MillbrookSkill.Ssml(fourth), StringComparison.Ordinal);
    }

    [Fact]
    public void CanFulfill_WhenIntentIsABareNumber_SaysNo()
    {
        var answer = CanFulfillEvaluator.Evaluate(Fixtures.Read("CanFulfillIntentRequest.Choice.json").Request!.Intent);

        Assert.Equal(CanFulfillIntent.No, answer.CanFulfill);
    }

    private static string Escaped(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("'", "&apos;", StringComparison.Ordinal);
}
