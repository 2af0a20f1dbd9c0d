using System.Text;
using System.Text.Json;
using Elections.Bots.Lex.Tests.Support;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Tests.Wire;

/// <summary>
/// The hand-written event reader must read exactly what the source-generated context reads: the same records from
/// every fixture and from mutated events, and a failure for exactly the same broken ones (the function salvages those).
/// </summary>
public sealed class LexJsonTests
{
    public static TheoryData<string> AllFixtures => [.. EventFixtures.Names];

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void ReadEvent_WhenFixture_ReadsWhatTheSourceGeneratedContextReads(string fixture) =>
        AssertSameReading(EventFixtures.Bytes(fixture));

    [Fact]
    public void ReadEvent_WhenMutatedEvents_AgreesWithTheSourceGeneratedContextOnEachOne()
    {
        var fixtures = EventFixtures.Names.Select(EventFixtures.Node).ToArray();
        var mutator = new EventMutator(seed: 4242);
        var compared = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var input = mutator.Mutate(fixtures[i % fixtures.Length]);
            // The function refuses invalid UTF-8 before reading; neither reader is asked about it.
            if (!System.Text.Unicode.Utf8.IsValid(input)) continue;
            AssertSameReading(input);
            compared++;
        }
        Assert.True(compared > 15_000, $"only {compared} mutated events were valid UTF-8");
    }

    [Theory]
    [InlineData("""{"interpretations":[{"nluConfidence":"0.9"}]}""")]
    [InlineData("""{"interpretations":[{"nluConfidence":null},null]}""")]
    [InlineData("""{"sessionState":{"intent":{"name":"PollingPlace","slots":{"Address":"12 Oak St","Query":null}}}}""")]
    [InlineData("""{"sessionState":{"intent":{"slots":{"Address":{"shape":"List","values":[null,{"value":{"interpretedValue":"x"}}]}}}}}""")]
    [InlineData("""{"requestAttributes":{"x-amz-lex:channels:platform":"Connect","n":5},"sessionState":{"sessionAttributes":[1]}}""")]
    [InlineData("""{"inv\u006FcationSource":"DialogCodeHook","bot":{"localeId":"es\u005FUS"}}""")]
    [InlineData("""{"inputMode":"Text","inputMode":"DTMF"}""")]
    [InlineData("null")]
    public void ReadEvent_WhenUnusualButValid_ReadsWhatTheSourceGeneratedContextReads(string json) =>
        AssertSameReading(Encoding.UTF8.GetBytes(json));

    [Theory]
    [InlineData("""{"invocationSource":"FulfillmentCodeHook"} {}""")]
    [InlineData("""{"inputTranscript":"\ud800"}""")]
    [InlineData("""{"interpretations":[{"nluConfidence":"high"}]}""")]
    [InlineData("""{"interpretations":[{"nluConfidence":1e400}]}""")]
    [InlineData("""{"bot":"es_US"}""")]
    [InlineData("""{"interpretations":[5]}""")]
    [InlineData("""{"sessionState":""")]
    [InlineData("")]
    public void ReadEvent_WhenBroken_FailsAsTheSourceGeneratedContextDoes(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);

        AssertSameReading(utf8);
        Assert.Equal(Failed, Read(() => LexJson.ReadEvent(utf8)));
    }

    [Fact]
    public void ReadEvent_WhenIntentNameRepeats_SharesOneStringAcrossEvents()
    {
        var first = LexJson.ReadEvent(EventFixtures.Bytes("web-fulfillment-polling-place"))!;
        var second = LexJson.ReadEvent(EventFixtures.Bytes("web-fulfillment-polling-place"))!;

        Assert.Same(first.SessionState!.Intent!.Name, second.SessionState!.Intent!.Name);
        Assert.NotSame(first.InputTranscript, second.InputTranscript);
    }

    private const string Failed = "failed";

    private static void AssertSameReading(byte[] utf8)
    {
        var expected = Read(() => JsonSerializer.Deserialize(utf8, LexJsonContext.Default.LexEvent));
        var actual = Read(() => LexJson.ReadEvent(utf8));
        Assert.True(expected == actual, $"source-generated: {expected}\nhand-written:     {actual}\nevent: {Encoding.UTF8.GetString(utf8)}");
    }

    /// <summary>The event as canonical JSON, or that reading failed in a way the function salvages.</summary>
    private static string Read(Func<LexEvent?> read)
    {
        try
        {
            return read() is { } lexEvent ? JsonSerializer.Serialize(lexEvent, LexJsonContext.Default.LexEvent) : "null";
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return Failed;
        }
    }
}
