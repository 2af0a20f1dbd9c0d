using System.Text.Json.Nodes;
using Elections.Bots.Alexa.Mapping;
using Elections.Bots.Alexa.Tests.Support;
using Elections.Bots.Alexa.Wire;

namespace Elections.Bots.Alexa.Tests.Mapping;

public sealed class CanFulfillEvaluatorTests
{
    [Fact]
    public void Evaluate_WhenOurIntentWithOurSlot_IsYes()
    {
        var answer = CanFulfillEvaluator.Evaluate(Fixtures.Read("CanFulfillIntentRequest.PollingPlace.json").Request!.Intent);

        Assert.Equal(CanFulfillIntent.Yes, answer.CanFulfill);
        Assert.Equal(CanFulfillIntent.Yes, answer.Slots!["Address"].CanUnderstand);
    }

    [Fact]
    public void Evaluate_WhenIntentIsNotOurs_IsNo()
    {
        var answer = CanFulfillEvaluator.Evaluate(Fixtures.Read("CanFulfillIntentRequest.Unknown.json").Request!.Intent);

        Assert.Equal(CanFulfillIntent.No, answer.CanFulfill);
        Assert.Equal(CanFulfillIntent.No, answer.Slots!["Topping"].CanUnderstand);
    }

    [Fact]
    public void Evaluate_WhenOurIntentCarriesASlotWeDoNotKnow_IsNo()
    {
        var bytes = Fixtures.Edit("CanFulfillIntentRequest.PollingPlace.json", node =>
            node["request"]!["intent"]!["slots"]!.AsObject()["Date"] = new JsonObject { ["name"] = "Date", ["value"] = "2027-03-09" });

        var answer = CanFulfillEvaluator.Evaluate(AlexaJson.ReadRequest(bytes)!.Request!.Intent);

        Assert.Equal(CanFulfillIntent.No, answer.CanFulfill);
    }

    [Theory]
    [InlineData("AMAZON.StopIntent")]
    [InlineData("Welcome")]
    [InlineData(null)]
    public void Evaluate_WhenNotARoutableIntent_IsNo(string? name) =>
        Assert.Equal(CanFulfillIntent.No, CanFulfillEvaluator.Evaluate(new Intent { Name = name }).CanFulfill);

    [Fact]
    public void Evaluate_WhenOurIntentWithoutSlots_IsYes() =>
        Assert.Equal(CanFulfillIntent.Yes, CanFulfillEvaluator.Evaluate(new Intent { Name = "NextElection" }).CanFulfill);
}
