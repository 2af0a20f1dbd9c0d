using System.Collections.Concurrent;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Elections.Bots.DynamoDb.Errors;
using Elections.Bots.DynamoDb.Items;
using Elections.Bots.DynamoDb.Serialization;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Publishing;

/// <summary>
/// Reads a written version back (strongly consistent) and checks it holds what its manifest promises: every
/// fact group readable with the right record count, and every street partition with the right segment count.
/// </summary>
internal sealed class VersionVerifier(IAmazonDynamoDB client, PublisherOptions options, TimeProvider time)
{
    private const int ProblemsShown = 5;

    /// <summary>Returns the version's fact items, which the flip copies into the active mirror.</summary>
    /// <exception cref="FactTableException">The version is incomplete (<see cref="FactTableProblem.VersionIncomplete"/>).</exception>
    public async Task<List<Dictionary<string, AttributeValue>>> VerifyAsync(
        string version, IReadOnlyDictionary<string, long> counts, CancellationToken cancellationToken)
    {
        var problems = new ConcurrentQueue<string>();
        var factItems = await client.QueryAllAsync(options.TableName, TableSchema.FactsPartition(version), cancellationToken, consistent: true);
        try
        {
            var stored = FactItems.Read(version, GroupItems.BySort(factItems));
            foreach (var kind in FactItems.Kinds)
            {
                Compare(problems, kind, counts.GetValueOrDefault(kind), stored.RecordsOf(kind));
            }
        }
        catch (InvalidDataException e)
        {
            problems.Enqueue("facts: " + e.Message);
        }

        var streets = await ReadStreetListAsync(version, problems, cancellationToken);
        Compare(problems, FactKinds.Streets, counts.GetValueOrDefault(FactKinds.Streets), streets.Length);
        Compare(problems, FactKinds.StreetSegments, counts.GetValueOrDefault(FactKinds.StreetSegments), streets.Sum(s => (long)s.Segments));
        await VerifyStreetsAsync(version, streets, problems, cancellationToken);

        if (!problems.IsEmpty)
        {
            throw new FactTableException(FactTableProblem.VersionIncomplete,
                $"Version '{version}' is incomplete ({problems.Count} problems; first: {string.Join("; ", problems.Take(ProblemsShown))}). "
                + "It was not made active. Publish it again to rewrite it.");
        }
        return factItems;
    }

    /// <summary>Every street item present, with its segment count: the keys are known, so BatchGetItem reads 100 at a time.</summary>
    private async Task VerifyStreetsAsync(
        string version, ImmutableArray<StreetCount> streets, ConcurrentQueue<string> problems, CancellationToken cancellationToken)
    {
        var keys = streets.SelectMany(s => Enumerable.Range(0, s.ItemCount)
            .Select(i => AttributeValues.Key(TableSchema.StreetPartition(version, s.Street), TableSchema.SegmentChunkSort(i))));
        var found = (await new BatchReader(client, options, time).GetAsync(keys, $"#pk, #sk, {TableSchema.Records}", cancellationToken))
            .GroupBy(i => i.GetString(TableSchema.PartitionKey)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Items: g.Count(), Segments: g.Sum(i => i.GetNumber(TableSchema.Records) ?? 0)), StringComparer.Ordinal);
        foreach (var street in streets)
        {
            var (items, segments) = found.GetValueOrDefault(TableSchema.StreetPartition(version, street.Street));
            if (items != street.ItemCount || segments != street.Segments)
            {
                problems.Enqueue($"a street holds {segments} segments in {items} items, expected {street.Segments} in {street.ItemCount}");
            }
        }
    }

    private async Task<ImmutableArray<StreetCount>> ReadStreetListAsync(
        string version, ConcurrentQueue<string> problems, CancellationToken cancellationToken)
    {
        var items = await client.QueryAllAsync(options.TableName, TableSchema.StreetListPartition(version), cancellationToken, consistent: true);
        try
        {
            return new GroupReader(version, GroupItems.BySort(items)).Read<StreetCount>(FactKinds.Streets);
        }
        catch (InvalidDataException e)
        {
            problems.Enqueue("street list: " + e.Message);
            return [];
        }
    }

    private static void Compare(ConcurrentQueue<string> problems, string kind, long expected, long found)
    {
        if (expected != found) problems.Enqueue($"{kind}: expected {expected}, found {found}");
    }
}
