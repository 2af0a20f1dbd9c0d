using System.Buffers;
using System.Text;
using System.Text.Json;
using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Lex.Mapping;
using Elections.Bots.Lex.Rendering;
using Elections.Bots.Lex.Tests.Support;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Tests.Wire;

/// <summary>The hand-written response writer must write exactly the bytes the source-generated context writes with the same options.</summary>
public sealed class LexResponseWriterTests
{
    private static readonly DialogReply[] Answers =
    [
        Replies.WithSuggestions(Replies.Answer(IntentNames.PollingPlace, "You vote at the \"Library\" <north door> & café.\nBring ID.") with
        {
            Title = "Your polling place",
            Links = [new ReplyLink("Where do I vote?", "https://example.org/vote?a=1&b=\"2\"")],
        }, ("Early voting", "Early voting"), ("¿Dónde voto? 🗳️", "2")),
        Replies.Answer(IntentNames.PollingPlace, "What is your address?") with { Outcome = ReplyOutcome.Elicited, ElicitSlot = SlotNames.Address },
        Replies.Answer(IntentNames.AskQuestion, "Which one?") with { Outcome = ReplyOutcome.Elicited },
        Replies.Answer(IntentNames.HandOff, "Transferring you.", Locale.Spanish) with { HandOff = true, Outcome = ReplyOutcome.HandedOff },
        Replies.Answer(IntentNames.Fallback, "Sorry.\u0001") with { Outcome = ReplyOutcome.Fallback, EndConversation = true },
    ];

    [Fact]
    public void WriteResponse_WhenRenderedFromFixturesAndMutatedEvents_WritesWhatTheSourceGeneratedContextWrites()
    {
        var events = EventFixtures.Names.Select(EventFixtures.Bytes).ToList();
        var fixtures = EventFixtures.Names.Select(EventFixtures.Node).ToArray();
        var mutator = new EventMutator(seed: 77);
        for (var i = 0; i < 2_000; i++) events.Add(mutator.Mutate(fixtures[i % fixtures.Length]));

        var mapper = new LexTurnMapper(0.4);
        var compared = 0;
        foreach (var utf8 in events)
        {
            if (!System.Text.Unicode.Utf8.IsValid(utf8) || Read(utf8) is not { } lexEvent) continue;
            var turn = mapper.Map(lexEvent);
            foreach (var reply in Answers)
            {
                AssertSameBytes(LexResponseRenderer.Render(turn, reply));
                AssertSameBytes(LexResponseRenderer.Render(turn, reply, allowDelegate: false));
                compared++;
            }
        }
        Assert.True(compared > 5_000, $"only {compared} responses compared");
    }

    [Fact]
    public void WriteResponse_WhenEveryMemberIsSet_WritesWhatTheSourceGeneratedContextWrites()
    {
        var slot = new LexSlot
        {
            Shape = LexSlotShapes.List,
            Value = new LexSlotValue { OriginalValue = "12 Oak St", InterpretedValue = "12 OAK ST" },
            Values = [null, new LexSlot { Value = new LexSlotValue { OriginalValue = "a" } }],
            SubSlots = new() { ["Street"] = new LexSlot { Shape = LexSlotShapes.Scalar }, ["Unit"] = null },
        };
        var response = new LexResponse
        {
            SessionState = new LexSessionState
            {
                SessionAttributes = new() { ["eb"] = "{\"V\":1}", ["tab\t"] = "\u2028é" },
                DialogAction = new LexDialogAction { Type = LexDialogActionTypes.ElicitSlot, SlotToElicit = "Address", SlotElicitationStyle = "Default" },
                Intent = new LexIntent { Name = "PollingPlace", Slots = new() { ["Address"] = slot, ["Query"] = null }, State = "InProgress", ConfirmationState = "None" },
            },
            Messages =
            [
                new LexMessage { ContentType = LexContentTypes.Ssml, Content = "<speak>a &amp; b</speak>" },
                new LexMessage
                {
                    ContentType = LexContentTypes.ImageResponseCard,
                    ImageResponseCard = new LexImageResponseCard { Title = "T", Subtitle = "S", ImageUrl = "https://x/y.png", Buttons = [new LexButton("1", "one")] },
                },
            ],
            RequestAttributes = new() { ["x-amz-lex:channels:platform"] = "Connect" },
        };

        AssertSameBytes(response);
    }

    [Fact]
    public void WriteResponse_WhenTextHoldsALoneSurrogate_WritesWhatTheSourceGeneratedContextWrites() =>
        AssertSameBytes(new LexResponse
        {
            SessionState = new LexSessionState(),
            Messages = [new LexMessage { ContentType = LexContentTypes.PlainText, Content = "broken \ud800 text" }],
        });

    private static LexEvent? Read(byte[] utf8)
    {
        try
        {
            return LexJson.ReadEvent(utf8);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static void AssertSameBytes(LexResponse response)
    {
        var expected = Encoding.UTF8.GetString(SourceGenerated(response));
        var actual = Encoding.UTF8.GetString(LexJson.WriteResponse(response));
        Assert.Equal(expected, actual);
    }

    private static byte[] SourceGenerated(LexResponse response)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, LexJson.WriterOptions))
        {
            JsonSerializer.Serialize(writer, response, LexJsonContext.Default.LexResponse);
        }
        return buffer.WrittenSpan.ToArray();
    }
}
