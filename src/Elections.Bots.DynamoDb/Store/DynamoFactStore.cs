using System.Net.Sockets;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Ports;
using Elections.Bots.DynamoDb.Items;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Store;

/// <summary>
/// The production <see cref="IFactStore"/>: the active version's facts cached per container, re-confirmed with
/// one small GetItem every <see cref="DynamoFactStoreOptions.CacheTtl"/>, served stale while DynamoDB fails.
/// </summary>
/// <remarks>
/// Cold: one Query of the active partition returns the pointer and the mirror of the active facts; an address
/// adds one Query of its street. Warm: no call at all until the TTL passes.
/// </remarks>
public sealed class DynamoFactStore(IAmazonDynamoDB client, DynamoFactStoreOptions options, TimeProvider time) : IFactStore, IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly StreetSegmentCache _streets = new(options.StreetCacheCapacity);
    private volatile CachedVersion? _cached;

    public FactStoreCounters Counters { get; } = new();

    public void Dispose() => _refresh.Dispose();

    public async ValueTask<ElectionFacts?> GetFactsAsync(CancellationToken cancellationToken)
    {
        if (TryFresh(out var facts)) return facts;
        // One refresh at a time per container; callers that waited find the fresh result.
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (TryFresh(out facts)) return facts;
            var cached = _cached;
            var now = time.GetUtcNow();
            try
            {
                using var budget = Budget(cancellationToken);
                var loaded = cached?.DatasetFacts is null
                    ? await LoadColdAsync(now, budget.Token)
                    : await RefreshAsync(cached, now, budget.Token);
                _cached = loaded;
                return loaded.Facts;
            }
            catch (Exception e) when (IsStoreFailure(e, cancellationToken))
            {
                Counters.StoreError(e);
                if (cached?.Facts is not null && now - cached.ConfirmedAt <= options.MaxStaleness)
                {
                    _cached = cached with { NextCheckAt = now + options.ErrorRetryInterval, Stale = true };
                    Counters.StaleServe();
                    return cached.Facts;
                }
                throw new FactStoreUnavailableException("The election facts table could not be read and nothing is cached.", e);
            }
        }
        finally
        {
            _refresh.Release();
        }
    }

    public async ValueTask<ImmutableArray<StreetSegment>> FindStreetSegmentsAsync(
        string datasetVersion, string normalizedStreetName, CancellationToken cancellationToken)
    {
        if (!TableSchema.IsValidVersion(datasetVersion) || string.IsNullOrWhiteSpace(normalizedStreetName)) return [];
        var key = StreetSegmentCache.KeyOf(datasetVersion, normalizedStreetName);
        if (_streets.TryGet(key, out var cached))
        {
            Counters.SegmentCacheHit();
            return cached;
        }
        try
        {
            using var budget = Budget(cancellationToken);
            Counters.SegmentQuery();
            var items = await client.QueryAllAsync(options.TableName, TableSchema.StreetPartition(datasetVersion, normalizedStreetName), budget.Token);
            var segments = SegmentItems.Read(datasetVersion, items);
            _streets.Add(key, segments);
            return segments;
        }
        catch (Exception e) when (IsStoreFailure(e, cancellationToken))
        {
            Counters.StoreError(e);
            throw new FactStoreUnavailableException("The street could not be read from the election facts table.", e);
        }
    }

    private bool TryFresh(out ElectionFacts? facts)
    {
        var cached = _cached;
        facts = cached?.Facts;
        if (cached is null || time.GetUtcNow() >= cached.NextCheckAt) return false;
        Counters.CacheHit();
        if (cached.Stale) Counters.StaleServe();
        return true;
    }

    private async Task<CachedVersion> LoadColdAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        Counters.PointerRead();
        var items = await client.QueryAllAsync(options.TableName, TableSchema.ActivePartition, cancellationToken);
        var bySort = GroupItems.BySort(items);
        var pointer = ActivePointer.FromItem(bySort.GetValueOrDefault(TableSchema.PointerSort));
        if (pointer is null) return new CachedVersion(null, null, string.Empty, now, now + options.CacheTtl);
        StoredFacts stored;
        try
        {
            stored = FactItems.Read(pointer.Version, bySort, pointer.Serial);
        }
        catch (InvalidDataException)
        {
            // The mirror is being rewritten by a flip (or a flip died half way): the version's own partition is
            // the authority, at the cost of one more call.
            stored = await LoadVersionAsync(pointer.Version, cancellationToken);
        }
        return Cache(stored.Facts, pointer, now);
    }

    private async Task<CachedVersion> RefreshAsync(CachedVersion cached, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Counters.PointerRead();
        // Once voters have had data, a vanished pointer is an accident, not an unpublish: keep the last good data.
        var pointer = await client.GetPointerAsync(options.TableName, cancellationToken, consistent: false) ?? throw new InvalidDataException("the ACTIVE pointer is missing");
        var dataset = cached.DatasetFacts!;
        if (string.Equals(pointer.Version, dataset.DatasetVersion, StringComparison.Ordinal))
        {
            return string.Equals(pointer.NoticesFingerprint, cached.NoticesFingerprint, StringComparison.Ordinal)
                ? cached with { ConfirmedAt = now, NextCheckAt = now + options.CacheTtl, Stale = false }
                : Cache(dataset, pointer, now);
        }
        return Cache((await LoadVersionAsync(pointer.Version, cancellationToken)).Facts, pointer, now);
    }

    private async Task<StoredFacts> LoadVersionAsync(string version, CancellationToken cancellationToken)
    {
        Counters.FactLoad();
        var items = await client.QueryAllAsync(options.TableName, TableSchema.FactsPartition(version), cancellationToken);
        if (items.Count == 0) throw new InvalidDataException($"ACTIVE names version '{version}', which has no items");
        try
        {
            return FactItems.Read(version, GroupItems.BySort(items));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"version '{version}' is incomplete: {e.Message}", e);
        }
    }

    private CachedVersion Cache(ElectionFacts dataset, ActivePointer pointer, DateTimeOffset now) =>
        new(NoticeMerge.Apply(dataset, pointer.Notices), dataset, pointer.NoticesFingerprint, now, now + options.CacheTtl);

    /// <summary>
    /// The operation's wall-clock budget. Real time on purpose: it bounds network waits, which a test clock
    /// (that only moves the cache's TTL) must not stretch or shrink.
    /// </summary>
    private CancellationTokenSource Budget(CancellationToken cancellationToken)
    {
        var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.OperationTimeout);
        return budget;
    }

    /// <summary>Failures of the table or the network, as opposed to the caller giving up (which propagates).</summary>
    private static bool IsStoreFailure(Exception error, CancellationToken callerToken) => error switch
    {
        OperationCanceledException => !callerToken.IsCancellationRequested,
        AmazonServiceException or AmazonClientException or HttpRequestException or IOException or SocketException
            or InvalidDataException
            or TimeoutException => true,
        _ => false,
    };
}
