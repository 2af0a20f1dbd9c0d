using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Elections.Bots.Core.Facts;
using Elections.Bots.DynamoDb.Errors;
using Elections.Bots.DynamoDb.Items;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Publishing;

/// <summary>
/// Publishes a dataset as a new version (write everything, verify, flip ACTIVE conditionally, prune) and rolls
/// back with a conditional flip to a kept version. Voters hear the old version until the flip, whatever happens.
/// </summary>
public sealed class DatasetPublisher
{
    private readonly IAmazonDynamoDB _client;
    private readonly PublisherOptions _options;
    private readonly TimeProvider _time;
    private readonly FactTable _table;
    private readonly VersionCatalog _catalog;
    private readonly VersionVerifier _verifier;
    private readonly ActivePointerWriter _pointer;

    public DatasetPublisher(IAmazonDynamoDB client, PublisherOptions options, TimeProvider time)
    {
        _client = client;
        _options = options;
        _time = time;
        _table = new FactTable(client, options.TableName, time);
        _catalog = new VersionCatalog(client, options);
        _verifier = new VersionVerifier(client, options, time);
        _pointer = new ActivePointerWriter(client, options, time);
    }

    /// <exception cref="FactTableException">Missing or wrong table, invalid dataset, incomplete write, or
    /// <see cref="PublishConflictException"/> when another flip won.</exception>
    public async Task<PublishResult> PublishAsync(
        ElectionFacts facts, IEnumerable<StreetSegment> segments, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var items = VersionItems.Create(facts, segments);
        await _table.VerifyAsync(cancellationToken);
        var pointer = await _client.GetPointerAsync(_options.TableName, cancellationToken);
        if (string.Equals(pointer?.Version, items.Version, StringComparison.Ordinal))
        {
            return new PublishResult(items.Version, pointer!.Previous, true, items.Counts, 0, 0, 0,
                _time.GetElapsedTime(started), [], []);
        }

        var manifest = new VersionManifest(items.Version, VersionState.Writing, _time.GetUtcNow(), null, items.Counts);
        if (!await _catalog.TryStartAsync(manifest, cancellationToken))
        {
            throw new FactTableException(FactTableProblem.InvalidDataset,
                $"Version '{items.Version}' is being deleted by a prune. Publish under another version name.");
        }
        var writer = new BatchWriter(_client, _options, _time);
        // The street list first, so a pruner can find every street partition an interrupted write touched.
        await writer.PutAsync(items.StreetListItems, cancellationToken);
        await writer.PutAsync(items.SegmentItems().Concat(items.FactItems), cancellationToken);
        var factItems = await _verifier.VerifyAsync(items.Version, items.Counts, cancellationToken);
        await _catalog.PutAsync(manifest with { State = VersionState.Complete, CompletedAt = _time.GetUtcNow() }, cancellationToken);

        var warnings = await FlipAsync(items.Version, pointer, factItems, cancellationToken);
        var pruned = ImmutableArray<string>.Empty;
        try
        {
            pruned = await new VersionPruner(_client, _options, _catalog, writer, _time).PruneAsync(items.Version, cancellationToken);
        }
        catch (AmazonDynamoDBException e)
        {
            warnings = warnings.Add($"Pruning old versions failed ({e.ErrorCode}); the next publish retries it.");
        }
        return new PublishResult(items.Version, pointer?.Version, false, items.Counts, items.ItemCount,
            writer.Requests, writer.Retries, _time.GetElapsedTime(started), pruned, warnings);
    }

    /// <summary>Makes a kept, complete version active again after checking it is still whole.</summary>
    /// <exception cref="FactTableException">Nothing published, unknown or incomplete version, or a conflicting flip.</exception>
    public async Task<PublishResult> RollbackAsync(string version, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        await _table.VerifyAsync(cancellationToken);
        var pointer = await _client.GetPointerAsync(_options.TableName, cancellationToken)
            ?? throw new FactTableException(FactTableProblem.NothingPublished, "Nothing has been published to this table yet.");
        var manifest = await _catalog.GetAsync(version, cancellationToken)
            ?? throw new FactTableException(FactTableProblem.VersionMissing,
                $"Version '{version}' is not in the table (pruned, or never published). `versions` lists the kept ones.");
        if (string.Equals(pointer.Version, version, StringComparison.Ordinal))
        {
            return new PublishResult(version, pointer.Previous, true, manifest.Counts, 0, 0, 0, _time.GetElapsedTime(started), [], []);
        }
        if (manifest.State != VersionState.Complete)
        {
            throw new FactTableException(FactTableProblem.VersionIncomplete,
                $"Version '{version}' is {manifest.State.ToString().ToLowerInvariant()}, not complete: it cannot be made active.");
        }
        var factItems = await _verifier.VerifyAsync(version, manifest.Counts, cancellationToken);
        var warnings = await FlipAsync(version, pointer, factItems, cancellationToken);
        return new PublishResult(version, pointer.Version, false, manifest.Counts, 0, 0, 0, _time.GetElapsedTime(started), [], warnings);
    }

    /// <summary>Kept versions, newest first, with the active one marked.</summary>
    public async Task<ImmutableArray<VersionInfo>> ListVersionsAsync(CancellationToken cancellationToken)
    {
        await _table.VerifyAsync(cancellationToken);
        var pointer = await _client.GetPointerAsync(_options.TableName, cancellationToken);
        return [.. (await _catalog.ListAsync(cancellationToken))
            .Select(m => new VersionInfo(m, string.Equals(m.Version, pointer?.Version, StringComparison.Ordinal)))];
    }

    private async Task<ImmutableArray<string>> FlipAsync(
        string version, ActivePointer? expected, List<Dictionary<string, AttributeValue>> factItems, CancellationToken cancellationToken)
    {
        var serial = await _pointer.FlipAsync(version, expected, cancellationToken);
        try
        {
            await _pointer.WriteMirrorAsync(serial, factItems, cancellationToken);
            return [];
        }
        catch (AmazonDynamoDBException e)
        {
            return [$"The active mirror was not refreshed ({e.ErrorCode}): cold starts read the version directly until the next flip."];
        }
    }
}
