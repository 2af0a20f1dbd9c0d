using FsCheck.Xunit;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Tests;

namespace Elections.Bots.Core.Tests.Observability;

/// <summary>Generated turns with personal data straight into the observed engine, on every channel.</summary>
public sealed class TurnPrivacyTests : IDisposable
{
    private readonly TurnPrivacyProbe _probe = new("2027-02-15T10:00");
    private int _turns;

    public void Dispose() => _probe.Dispose();

    [Property(MaxTest = 1000, Arbitrary = [typeof(PersonalData)])]
    public async Task HandleAsync_ForTurnsWithPersonalData_KeepsItOutOfLogsMetricsAndStoredQuestions(VoterUtterance utterance)
    {
        var mark = _probe.Mark();
        var channel = (Channel)(_turns++ % Enum.GetValues<Channel>().Length);

        await _probe.Engine.HandleAsync(DialogTurn.FromText(utterance.Text, channel, utterance.Locale), CancellationToken.None);

        _probe.AssertNothingLeaked(utterance, mark);
    }
}
