using System.Text;
using System.Text.Json;
using Elections.Bots.Alexa.Tests.Support;
using Elections.Bots.Alexa.Wire;

namespace Elections.Bots.Alexa.Tests.Wire;

/// <summary>
/// The hand-written request reader must read exactly what the source-generated context reads: the same records
/// from every fixture and from mutated requests, and a JsonException for exactly the same broken ones.
/// </summary>
public sealed class RequestReaderTests
{
    public static TheoryData<string> AllFixtures => [.. Fixtures.All];

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void ReadRequest_WhenFixture_ReadsWhatTheSourceGeneratedContextReads(string fixture) =>
        AssertSameReading(Fixtures.Bytes(fixture));

    [Fact]
    public void ReadRequest_WhenMutatedRequests_AgreesWithTheSourceGeneratedContextOnEachOne()
    {
        var seeds = Fixtures.All.Select(Fixtures.Bytes).ToArray();
        var mutator = new RequestMutator(seed: 4242);
        for (var i = 0; i < 20_000; i++)
        {
            AssertSameReading(mutator.Mutate(seeds[i % seeds.Length], out _));
        }
    }

    [Fact]
    public void ReadRequest_WhenSkillIdsAlternate_ReadsEachRequestsOwnId()
    {
        var ours = Fixtures.Bytes("IntentRequest.NextElection.en-US.json");
        var other = Fixtures.Bytes("IntentRequest.WrongSkillId.json");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(Fixtures.SkillId, AlexaJson.ReadRequest(ours)!.Context!.System!.Application!.ApplicationId);
            Assert.NotEqual(Fixtures.SkillId, AlexaJson.ReadRequest(other)!.Context!.System!.Application!.ApplicationId);
        }
    }

    [Theory]
    [InlineData("{\"request\":{\"type\":\"IntentRequest\"}} {}")]
    [InlineData("{\"request\":{\"type\":\"LaunchRequest\",\"locale\":\"\\ud800\"}}")]
    [InlineData("{\"session\":{\"new\":null}}")]
    [InlineData("{\"request\":{\"intent\":{\"slots\":{\"A\":5}}}}")]
    [InlineData("{\"request\":")]
    public void ReadRequest_WhenBroken_ThrowsJsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => AlexaJson.ReadRequest(Encoding.UTF8.GetBytes(json)));

    private static void AssertSameReading(byte[] utf8)
    {
        var expected = Read(() => JsonSerializer.Deserialize(utf8, AlexaJson.Context.RequestEnvelope));
        var actual = Read(() => AlexaJson.ReadRequest(utf8));
        Assert.True(expected == actual, $"source-generated: {expected}\nhand-written:     {actual}\nrequest: {Encoding.UTF8.GetString(utf8)}");
    }

    /// <summary>The envelope as canonical JSON, or the kind of failure.</summary>
    private static string Read(Func<RequestEnvelope?> read)
    {
        try
        {
            return read() is { } envelope ? JsonSerializer.Serialize(envelope, AlexaJson.Context.RequestEnvelope) : "null";
        }
        catch (JsonException)
        {
            return "JsonException";
        }
    }
}
