using System.Text;
using System.Text.Json;
using Elections.Bots.Alexa.Mapping;
using Elections.Bots.Alexa.Rendering;
using Elections.Bots.Alexa.Tests.Support;
using Elections.Bots.Alexa.Wire;
using Elections.Bots.Tests;

namespace Elections.Bots.Alexa.Tests.Wire;

/// <summary>The hand-written response writer must write exactly the bytes the source-generated context writes.</summary>
public sealed class ResponseWriterTests
{
    public static TheoryData<string> AllFixtures => [.. Fixtures.All];

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public async Task Write_WhenEngineReplyToFixtureIsRendered_WritesWhatTheSourceGeneratedContextWrites(string fixture)
    {
        var bot = new MillbrookBot(MillbrookSkill.DefaultLocalTime);
        var turn = TurnMapper.ToTurn(Fixtures.Read(fixture));
        var reply = await bot.Engine.HandleAsync(turn, CancellationToken.None);

        foreach (var permission in (bool[])[false, true])
        {
            AssertSameBytes(ResponseRenderer.Render(reply, new RenderContext(turn.Locale, IsIntentRequest: true, AskAddressPermission: permission)));
        }
    }

    [Fact]
    public void Write_WhenEveryMemberIsSet_WritesWhatTheSourceGeneratedContextWrites()
    {
        AssertSameBytes(new ResponseEnvelope
        {
            SessionAttributes = new SessionAttributes { State = "{\"V\":1,\"A\":\"12 \\\"Oak\\\" St\"}" },
            Response = new ResponseBody
            {
                OutputSpeech = new OutputSpeech { Type = OutputSpeech.PlainTextType, Text = "Hola, ¿qué tal? 😀 <&>", PlayBehavior = "REPLACE_ALL" },
                Card = new Card
                {
                    Type = Card.StandardType, Title = "T\u0001", Text = "line\nline",
                    Image = new CardImage { SmallImageUrl = "https://a.example/s.png", LargeImageUrl = "https://a.example/l.png" },
                    Permissions = ["read::alexa:device:all:address"],
                },
                Reprompt = new Reprompt { OutputSpeech = OutputSpeech.FromSsml("<speak>Again?</speak>") },
                Directives =
                [
                    new Directive { Type = Directive.DelegateType },
                    new Directive
                    {
                        Type = Directive.ConfirmSlotType, SlotToConfirm = "Address",
                        UpdatedIntent = new Intent
                        {
                            Name = "PollingPlace", ConfirmationStatus = ConfirmationStatuses.None,
                            Slots = new() { ["Address"] = new Slot { Name = "Address", Value = "12 Oak St" }, ["Empty"] = null },
                        },
                    },
                ],
                ShouldEndSession = false,
                CanFulfillIntent = new CanFulfillIntent
                {
                    CanFulfill = CanFulfillIntent.Maybe,
                    Slots = new Dictionary<string, CanFulfillSlot> { ["Address"] = new() { CanUnderstand = "YES", CanFulfill = "NO" } },
                },
            },
        });
    }

    [Fact]
    public void Write_WhenResponseIsEmpty_WritesTheSmallestValidResponse()
    {
        AssertSameBytes(ResponseRenderer.Empty());
        Assert.Equal("""{"version":"1.0","response":{}}""", Encoding.UTF8.GetString(AlexaJson.Write(ResponseRenderer.Empty())));
    }

    private static void AssertSameBytes(ResponseEnvelope response) =>
        Assert.Equal(
            Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(response, AlexaJson.Context.ResponseEnvelope)),
            Encoding.UTF8.GetString(AlexaJson.Write(response)));
}
