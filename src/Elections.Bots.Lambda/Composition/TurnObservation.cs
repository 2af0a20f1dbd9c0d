using Amazon.DynamoDBv2;
using Elections.Bots.Core.Observability;
using Elections.Bots.Core.Ports;
using Elections.Bots.Core.Unanswered;
using Elections.Bots.DynamoDb.Store;
using Elections.Bots.DynamoDb.Table;
using Elections.Bots.DynamoDb.Unanswered;
using Elections.Bots.Lambda.Configuration;
using Elections.Bots.Lambda.Runtime;

namespace Elections.Bots.Lambda.Composition;

/// <summary>
/// Per-turn telemetry of the voter functions: the turn line with its metrics on the function's output, and the
/// questions the FAQ did not answer, redacted, to the table named by <c>UNANSWERED_TABLE</c> once the response
/// is posted.
/// </summary>
public sealed class TurnObservation : IInvocationObserver
{
    /// <summary>Longest the loop waits for questions to be stored before asking for the next event; what is left
    /// is written while the container waits for it.</summary>
    private static readonly TimeSpan FlushBudget = TimeSpan.FromSeconds(2);

    private string? _requestId;
    private long _turnsAtStart;

    public TurnObservation(Stream output, FunctionSettings settings, IFactStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Telemetry = new TurnTelemetry(new TurnLogWriter(output), time, new TurnTelemetryOptions
        {
            Questions = settings.UnansweredTable is { } table
                ? new QueuedQuestionSink(new DynamoUnansweredQuestionStore(
                    new AmazonDynamoDBClient(FactTableClientConfig.ForVoters(settings.Region, settings.DynamoDbEndpoint)), table, time), time)
                : null,
            StoreCounters = store is DynamoFactStore dynamo ? dynamo.Counters.Read : null,
            RequestId = () => _requestId,
            TimeZone = settings.TimeZone,
        });
    }

    public TurnTelemetry Telemetry { get; }

    public void Started(string requestId)
    {
        _requestId = requestId;
        _turnsAtStart = Telemetry.Turns;
    }

    public async ValueTask PostedAsync(bool failed, CancellationToken cancellationToken)
    {
        // A function error with no turn logged is a request the adapter refused (not its event, another skill).
        if (failed && Telemetry.Turns == _turnsAtStart) Telemetry.Refused();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(FlushBudget);
        try
        {
            await Telemetry.FlushAsync(budget.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The writes go on in the background; the next voter is not kept waiting for them.
        }
    }
}
