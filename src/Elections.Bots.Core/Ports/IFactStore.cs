using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Ports;

/// <summary>
/// Reads the active dataset version. Served by the in-memory store (local runs, tests, small jurisdictions)
/// and by DynamoDB (Lambda). Implementations translate their own failures into
/// <see cref="FactStoreUnavailableException"/>: the engine never sees an SDK exception.
/// </summary>
public interface IFactStore
{
    /// <summary>The facts of the active version; <see langword="null"/> when no dataset has been published.</summary>
    ValueTask<ElectionFacts?> GetFactsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Every segment of <paramref name="datasetVersion"/> whose normalized street name is
    /// <paramref name="normalizedStreetName"/>, in every ZIP and town; the matcher filters by number, side and place.
    /// </summary>
    ValueTask<ImmutableArray<StreetSegment>> FindStreetSegmentsAsync(
        string datasetVersion, string normalizedStreetName, CancellationToken cancellationToken);
}
