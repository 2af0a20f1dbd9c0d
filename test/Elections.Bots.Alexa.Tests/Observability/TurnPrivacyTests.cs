using FsCheck.Xunit;
using Elections.Bots.Alexa.Tests.Support;
using Elections.Bots.Tests;

namespace Elections.Bots.Alexa.Tests.Observability;

/// <summary>
/// Voter turns with personal data in the Query and Address slots (Alexa sends no raw transcript), through the
/// real Alexa function, engine and telemetry: none of that data reaches a log line, a metric or a stored question.
/// </summary>
public sealed class TurnPrivacyTests : IDisposable
{
    private readonly TurnPrivacyProbe _probe = new(MillbrookSkill.DefaultLocalTime);
    private readonly AlexaFunction _function;
    private int _turns;

    public TurnPrivacyTests() =>
        _function = new AlexaFunction(_probe.Engine.HandleAsync, new AlexaOptions { SkillId = Fixtures.SkillId }, FakeDeviceAddressClient.Unused);

    public void Dispose() => _probe.Dispose();

    [Property(MaxTest = 1500, Arbitrary = [typeof(PersonalData)])]
    public async Task InvokeAsync_ForTurnsWithPersonalData_KeepsItOutOfLogsMetricsAndStoredQuestions(VoterUtterance utterance)
    {
        var mark = _probe.Mark();

        var result = await _function.InvokeAsync(Request(utterance), CancellationToken.None);

        Assert.False(result.IsRefused);
        _probe.AssertNothingLeaked(utterance, mark);
    }

    /// <summary>The utterance as an AskQuestion query, or as the address of a where-to-vote question (every other turn).</summary>
    private byte[] Request(VoterUtterance utterance)
    {
        var asAddress = _turns++ % 2 == 1;
        return Fixtures.Edit(asAddress ? "IntentRequest.PollingPlace.WithAddress.json" : "IntentRequest.AskQuestion.en-US.json", node =>
        {
            node["request"]!["locale"] = utterance.Locale == Core.Locale.Spanish ? "es-US" : "en-US";
            node["request"]!["intent"]!["slots"]![asAddress ? "Address" : "Query"]!["value"] = utterance.Text;
        });
    }
}
