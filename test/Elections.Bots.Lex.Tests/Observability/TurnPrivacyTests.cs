using System.Text.Json.Nodes;
using FsCheck.Xunit;
using Elections.Bots.Core.Privacy;
using Elections.Bots.Lex.Tests.Support;
using Elections.Bots.Tests;

namespace Elections.Bots.Lex.Tests.Observability;

/// <summary>
/// Thousands of voter turns with addresses, phone numbers, e-mails and names in them, through the real Lex
/// function, engine and telemetry: none of that data reaches a log line, a metric or a stored question.
/// </summary>
public sealed class TurnPrivacyTests : IDisposable
{
    private static readonly string[] Fixtures = ["web-fulfillment-fallback-faq", "sms-twilio-fulfillment-registration-deadline-es", "connect-chat-fulfillment-composite-slot"];

    private readonly TurnPrivacyProbe _probe = new(LexHarness.LocalNow);
    private readonly LexFunction _function;
    private int _turns;

    public TurnPrivacyTests() => _function = new LexFunction(_probe.Engine.HandleAsync, new LexOptions(LexHarness.FallbackPhone));

    public void Dispose() => _probe.Dispose();

    [Property(MaxTest = 1500, Arbitrary = [typeof(PersonalData)])]
    public async Task InvokeAsync_ForTurnsWithPersonalData_KeepsItOutOfLogsMetricsAndStoredQuestions(VoterUtterance utterance)
    {
        var mark = _probe.Mark();

        var result = await _function.InvokeAsync(Event(utterance), CancellationToken.None);

        Assert.Equal(LexInvocationStatus.Answered, result.Status);
        _probe.AssertNothingLeaked(utterance, mark);
    }

    [Fact]
    public async Task InvokeAsync_ForGeneratedTurns_StoresTheUnansweredOnesRedacted()
    {
        var utterances = FsCheck.Fluent.Gen.Sample(PersonalData.Utterances(), 300);

        foreach (var utterance in utterances) await _function.InvokeAsync(Event(utterance), CancellationToken.None);

        // The property above is only worth something if the question path really runs: most of these are FAQ misses.
        Assert.InRange(_probe.Questions.Questions.Count, 100, utterances.Length);
        Assert.All(_probe.Questions.Questions, q => Assert.Contains(Placeholders.All, p => q.Text.Contains(p, StringComparison.Ordinal)));
        Assert.Equal(utterances.Length, _probe.LineCount);
    }

    /// <summary>A fixture as Lex sends a turn it could not classify, with the utterance as the transcript: the engine reads the words itself.</summary>
    private byte[] Event(VoterUtterance utterance)
    {
        var node = EventFixtures.Node(Fixtures[_turns++ % Fixtures.Length]);
        node["inputTranscript"] = utterance.Text;
        node["sessionId"] = Guid.NewGuid().ToString();
        node["bot"]!["localeId"] = utterance.Locale == Core.Locale.Spanish ? "es_US" : "en_US";
        if (node["transcriptions"] is JsonArray { Count: > 0 } transcriptions) transcriptions[0]!["transcription"] = utterance.Text;
        var fallback = new JsonObject { ["name"] = "FallbackIntent", ["slots"] = new JsonObject(), ["state"] = "ReadyForFulfillment", ["confirmationState"] = "None" };
        node["sessionState"]!["intent"] = fallback;
        node["interpretations"] = new JsonArray(new JsonObject { ["intent"] = fallback.DeepClone(), ["interpretationSource"] = "Lex" });
        return EventFixtures.ToBytes(node);
    }
}
