using System.Text.Json.Nodes;
using Elections.Bots.Alexa.Mapping;
using Elections.Bots.Alexa.Tests.Support;
using Elections.Bots.Alexa.Wire;
using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa.Tests.Mapping;

public sealed class TurnMapperTests
{
    [Fact]
    public void ToTurn_WhenLaunchRequest_AsksForTheWelcome()
    {
        var turn = TurnMapper.ToTurn(Fixtures.Read("LaunchRequest.en-US.json"));

        Assert.Equal(IntentNames.Welcome, turn.Intent);
        Assert.Equal(Channel.Alexa, turn.Channel);
        Assert.Equal(Locale.English, turn.Locale);
        Assert.Empty(turn.Slots);
    }

    [Theory]
    [InlineData("IntentRequest.Help.json", IntentNames.Help)]
    [InlineData("IntentRequest.Stop.json", IntentNames.Stop)]
    [InlineData("IntentRequest.Cancel.es-US.json", IntentNames.Cancel)]
    [InlineData("IntentRequest.Fallback.json", IntentNames.Fallback)]
    [InlineData("IntentRequest.NavigateHome.json", IntentNames.Stop)]
    [InlineData("IntentRequest.UnknownIntent.json", IntentNames.Fallback)]
    [InlineData("IntentRequest.NextElection.en-US.json", IntentNames.NextElection)]
    [InlineData("IntentRequest.PollingPlace.WithAddress.json", IntentNames.PollingPlace)]
    public void ToTurn_WhenIntentRequest_MapsToTheEngineIntent(string fixture, string intent) =>
        Assert.Equal(intent, TurnMapper.ToTurn(Fixtures.Read(fixture)).Intent);

    [Fact]
    public void ToTurn_WhenEveryEngineIntentNameArrives_MapsToItself()
    {
        foreach (var name in IntentNames.All)
        {
            Assert.Equal(name, IntentMap.ToEngineIntent(name));
        }
    }

    [Fact]
    public void ToTurn_WhenEntityResolutionMatches_UsesTheCanonicalValue()
    {
        var turn = TurnMapper.ToTurn(Fixtures.Read("IntentRequest.ChangeLanguage.ErMatch.json"));

        Assert.Equal("Spanish", turn.Slot(SlotNames.Language));
    }

    [Fact]
    public void ToTurn_WhenEntityResolutionFindsNoMatch_UsesWhatWasSaid()
    {
        var turn = TurnMapper.ToTurn(Fixtures.Read("IntentRequest.ChangeLanguage.ErNoMatch.json"));

        Assert.Equal("klingon", turn.Slot(SlotNames.Language));
    }

    [Fact]
    public void ToTurn_WhenSearchQuery_PassesTheQuestionAsText()
    {
        var turn = TurnMapper.ToTurn(Fixtures.Read("IntentRequest.AskQuestion.es-US.json"));

        Assert.Equal(IntentNames.AskQuestion, turn.Intent);
        Assert.Equal("cómo me inscribo para votar", turn.Text);
        Assert.Equal(Locale.Spanish, turn.Locale);
    }

    [Fact]
    public void ToTurn_WhenSlotHasNoValue_LeavesItOut()
    {
        var turn = TurnMapper.ToTurn(Fixtures.Read("IntentRequest.SlotsWithoutValues.json"));

        Assert.Empty(turn.Slots);
        Assert.Null(turn.Text);
    }

    [Fact]
    public void ToTurn_WhenValueIsOnlyInSlotValue_ReadsIt()
    {
        var turn = TurnMapper.ToTurn(Fixtures.Read("IntentRequest.SlotValueOnly.json"));

        Assert.Equal("402 N Main St Millbrook", turn.Slot(SlotNames.Address));
    }

    [Fact]
    public void ToTurn_WhenSlotValueIsHuge_CapsIt()
    {
        var huge = new string('9', 100_000);
        var bytes = Fixtures.Edit("IntentRequest.PollingPlace.WithAddress.json", node =>
            node["request"]!["intent"]!["slots"]!["Address"]!["value"] = huge);

        var turn = TurnMapper.ToTurn(AlexaJson.ReadRequest(bytes)!);

        Assert.Equal(SlotReader.MaxValueLength, turn.Slot(SlotNames.Address)!.Length);
    }

    [Fact]
    public void ToTurn_WhenSlotIsNotOneOfOurs_IgnoresIt()
    {
        var bytes = Fixtures.Edit("IntentRequest.NextElection.en-US.json", node =>
            node["request"]!["intent"]!["slots"]!.AsObject()["Color"] = new JsonObject { ["name"] = "Color", ["value"] = "blue" });

        Assert.Empty(TurnMapper.ToTurn(AlexaJson.ReadRequest(bytes)!).Slots);
    }

    [Fact]
    public void ToTurn_WhenSessionCarriesOurState_RestoresIt()
    {
        var turn = TurnMapper.ToTurn(Fixtures.Read("IntentRequest.EarlyVoting.AddressInSession.json"));

        Assert.Equal("401 N Main St, Millbrook 99961", turn.Session.Address);
        Assert.Equal(IntentNames.PollingPlace, turn.Session.LastIntent);
    }

    [Fact]
    public void ToTurn_WhenSessionStateIsGarbage_StartsFresh()
    {
        var bytes = Fixtures.Edit("IntentRequest.EarlyVoting.AddressInSession.json", node =>
            node["session"]!["attributes"]!["eb"] = "{not json");

        Assert.Equal(SessionState.New, TurnMapper.ToTurn(AlexaJson.ReadRequest(bytes)!).Session);
    }

    [Theory]
    [InlineData(null, Locale.English)]
    [InlineData("fr-FR", Locale.English)]
    [InlineData("es-MX", Locale.Spanish)]
    public void ToTurn_WhenLocaleIsMissingOrOther_FallsBackSensibly(string? locale, Locale expected)
    {
        var bytes = Fixtures.Edit("IntentRequest.NextElection.en-US.json", node => node["request"]!["locale"] = locale);

        Assert.Equal(expected, TurnMapper.ToTurn(AlexaJson.ReadRequest(bytes)!).Locale);
    }
}
