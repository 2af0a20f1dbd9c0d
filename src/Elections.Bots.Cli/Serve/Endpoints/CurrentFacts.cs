using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Ports;

namespace Elections.Bots.Cli.Serve.Endpoints;

/// <summary>The active dataset, read again on every request so a publish or rollback on the table shows at once.</summary>
internal static class CurrentFacts
{
    /// <returns>Null when nothing is published or the store cannot be reached: the caller says so in its own way.</returns>
    public static async Task<ElectionFacts?> ReadAsync(IFactStore store, CancellationToken cancellationToken)
    {
        try
        {
            return await store.GetFactsAsync(cancellationToken);
        }
        catch (FactStoreUnavailableException)
        {
            return null;
        }
    }
}
