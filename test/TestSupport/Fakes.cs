using System.Collections.Immutable;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Ports;

namespace Elections.Bots.Tests;

/// <summary>A store that has nothing published, or cannot be reached.</summary>
internal sealed class UnavailableFactStore(bool throws) : IFactStore
{
    public ValueTask<ElectionFacts?> GetFactsAsync(CancellationToken cancellationToken) =>
        throws ? throw new FactStoreUnavailableException("table unreachable") : ValueTask.FromResult<ElectionFacts?>(null);

    public ValueTask<ImmutableArray<StreetSegment>> FindStreetSegmentsAsync(string datasetVersion, string normalizedStreetName, CancellationToken cancellationToken) =>
        throw new FactStoreUnavailableException("table unreachable");
}

/// <summary>A handler with a bug in it.</summary>
internal sealed class ThrowingHandler(string intent) : IIntentHandler
{
    public string Intent { get; } = intent;

    public ValueTask<DialogReply> HandleAsync(TurnContext context) =>
        throw new InvalidOperationException("secret internal detail at Handler.cs:line 42");
}
