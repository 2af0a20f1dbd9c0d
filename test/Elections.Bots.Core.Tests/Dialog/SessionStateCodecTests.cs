using System.Text.Json;
using System.Text.Json.Serialization;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Core.Tests.Dialog;

/// <summary>
/// The codec reads and writes by hand; it must keep the format and the tolerance it had as a source-generated
/// JsonSerializer contract (<see cref="ReferenceWire"/>): the same string for every state, and the same state (or a
/// fresh one) for every string, broken ones included. Two deliberate differences, both fixes: an escaped lone
/// surrogate decodes to a fresh conversation instead of throwing, and a long address is never cut inside an emoji
/// (the serializer then wrote a string it could not read back).
/// </summary>
public sealed partial class SessionStateCodecTests
{
    private static readonly string?[] Addresses =
        [null, "", "12 Oak St", "200 Court St, Millbrook, NL 99961", "Calle Niño 5, \"B\" <2> & 'c' +1", "🗳️ Main\tSt\u0001", new string('x', 301), new string('é', 299) + "\ud83d\udde3"];

    private static readonly string?[] Intents = [null, IntentNames.PollingPlace, IntentNames.EarlyVoting, "DropTables", ""];

    private static readonly string?[] Targets = ["intent:EarlyVoting", "faq:register-how", "", null, "intent:Nope", "faq:ü\"x"];

    [Fact]
    public void Encode_WhenAnyState_WritesWhatTheSerializerWrote()
    {
        var random = new Random(11);
        for (var i = 0; i < 5_000; i++)
        {
            var state = RandomState(random);
            Assert.Equal(ReferenceEncode(state), SessionStateCodec.Encode(state));
        }
    }

    [Fact]
    public void Decode_WhenEncodedOrBrokenStrings_ReadsWhatTheSerializerRead()
    {
        var random = new Random(12);
        for (var i = 0; i < 20_000; i++)
        {
            var encoded = Break(SessionStateCodec.Encode(RandomState(random)), random);
            Assert.True(Describe(ReferenceDecode(encoded)) == Describe(SessionStateCodec.Decode(encoded)), encoded);
        }
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"V\":null}")]
    [InlineData("{\"V\":\"1\"}")]
    [InlineData("{\"V\":1.0}")]
    [InlineData("{\"V\":1,\"N\":1e1}")]
    [InlineData("{\"V\":1,\"C\":[\"intent:Help\",5]}")]
    [InlineData("{\"V\":1,\"C\":{}}")]
    [InlineData("{\"V\":1,\"A\":[\"x\"]}")]
    [InlineData("{\"V\":1} {}")]
    [InlineData("{\"V\":1,\"P\":\"Help\",\"P\":\"Nope\",\"V\":2}")]
    [InlineData("{\"V\":1,\"v\":2,\"X\":{\"deep\":[1,{}]},\"I\":\"Stop\"}")]
    [InlineData("{\"V\":1,\"C\":[null,\"\",\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"],\"S\":-4,\"N\":2147483647,\"L\":\"ES_mx\"}")]
    [InlineData("{\"V\":1,\"P\":\"Poll\\u0069ngPlace\",\"C\":[\"intent:\\u0048elp\"]}")]
    [InlineData("\ufeff{\"V\":1}")]
    [InlineData("{\"V\":1,\"A\":\"\\ud800\"}")]
    public void Decode_WhenUnusualStrings_ReadsWhatTheSerializerRead(string encoded) =>
        Assert.Equal(Describe(ReferenceDecode(encoded)), Describe(SessionStateCodec.Decode(encoded)));

    [Fact]
    public void Decode_WhenLongAddressEndsInAnEmoji_ReadsBackTheAddressWithoutHalfOfIt()
    {
        var address = new string('a', 299) + "🗳️";

        var decoded = SessionStateCodec.Decode(SessionStateCodec.Encode(new SessionState(Address: address)));

        Assert.Equal(new string('a', 299), decoded.Address);
    }

    [Fact]
    public void Decode_WhenStateEscapesALoneSurrogate_StartsFresh() =>
        Assert.Same(SessionState.New, SessionStateCodec.Decode("{\"V\":1,\"A\":\"\\ud800\"}"));

    [Fact]
    public void Decode_WhenStateWasEncoded_SharesTheIntentAndChoiceStrings()
    {
        var state = new SessionState(PendingIntent: IntentNames.PollingPlace, Choices: ["intent:EarlyVoting"]);

        var decoded = SessionStateCodec.Decode(SessionStateCodec.Encode(state));

        Assert.Same(IntentNames.PollingPlace, decoded.PendingIntent);
        Assert.Same(SessionStateCodec.Decode(SessionStateCodec.Encode(state)).Choices[0], decoded.Choices[0]);
    }

    private static SessionState RandomState(Random random) => new(
        Address: Addresses[random.Next(Addresses.Length)],
        PendingIntent: Intents[random.Next(Intents.Length)],
        AddressAttempts: random.Next(-1, 4),
        Choices: [.. Enumerable.Range(0, random.Next(8)).Select(_ => Targets[random.Next(Targets.Length)]!)],
        NegativeTurns: random.Next(0, 3),
        PreferredLocale: random.Next(3) switch { 0 => null, 1 => Locale.English, _ => Locale.Spanish },
        LastIntent: Intents[random.Next(Intents.Length)]);

    /// <summary>Cuts, splices and retypes the JSON the ways tampering or truncation would.</summary>
    private static string Break(string json, Random random)
    {
        var at = random.Next(json.Length + 1);
        return random.Next(8) switch
        {
            0 => json[..at],
            1 => json.Insert(at, ",\"V\":2"),
            2 => json.Replace("\"V\":1", "\"V\":\"1\"", StringComparison.Ordinal),
            3 => json.Replace("[", "[1,", StringComparison.Ordinal),
            4 => json.Insert(at, "\"N\":1.5,"),
            5 => json.Remove(at, Math.Min(2, json.Length - at)),
            6 => json.Replace("\"L\":", "\"L\":null,\"x\":", StringComparison.Ordinal),
            _ => json,
        };
    }

    /// <summary>The state's every member, choices by content.</summary>
    private static string Describe(SessionState state) =>
        $"{state with { Choices = [] }} [{string.Join("|", state.Choices)}] same-as-new={ReferenceEquals(state, SessionState.New)}";

    // The codec as it was: JsonSerializer with a source-generated context over the wire shape.
    private static string ReferenceEncode(SessionState state) => JsonSerializer.Serialize(new ReferenceWire
    {
        V = 1,
        A = Cap(state.Address),
        P = state.PendingIntent,
        N = state.AddressAttempts == 0 ? null : state.AddressAttempts,
        C = state.Choices.IsDefaultOrEmpty ? null : state.Choices.Take(5).ToArray(),
        S = state.NegativeTurns == 0 ? null : state.NegativeTurns,
        L = state.PreferredLocale is { } locale ? locale.ToTag() : null,
        I = state.LastIntent,
    }, ReferenceContext.Default.ReferenceWire);

    private static SessionState ReferenceDecode(string encoded)
    {
        if (string.IsNullOrWhiteSpace(encoded) || encoded.Length > SessionStateCodec.MaxEncodedLength) return SessionState.New;
        try
        {
            var wire = JsonSerializer.Deserialize(encoded, ReferenceContext.Default.ReferenceWire);
            if (wire is null || wire.V != 1) return SessionState.New;
            return new SessionState(
                Address: Cap(wire.A),
                PendingIntent: IntentNames.All.Contains(wire.P ?? string.Empty) ? wire.P : null,
                AddressAttempts: Math.Clamp(wire.N ?? 0, 0, 10),
                Choices: wire.C is null ? [] : [.. wire.C.Where(c => !string.IsNullOrEmpty(c)).Take(5).Select(c => c!)],
                NegativeTurns: Math.Clamp(wire.S ?? 0, 0, 10),
                PreferredLocale: LocaleTags.TryParse(wire.L, out var locale) ? locale : null,
                LastIntent: IntentNames.All.Contains(wire.I ?? string.Empty) ? wire.I : null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return SessionState.New;
        }
    }

    private static string? Cap(string? address) =>
        address is not { Length: > 300 } ? address : address[..(char.IsHighSurrogate(address[299]) ? 299 : 300)];

    internal sealed class ReferenceWire
    {
        public int V { get; set; }
        public string? A { get; set; }
        public string? P { get; set; }
        public int? N { get; set; }
        public string?[]? C { get; set; }
        public int? S { get; set; }
        public string? L { get; set; }
        public string? I { get; set; }
    }

    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(ReferenceWire))]
    internal sealed partial class ReferenceContext : JsonSerializerContext;
}
