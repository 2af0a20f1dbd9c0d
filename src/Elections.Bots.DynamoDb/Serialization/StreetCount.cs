namespace Elections.Bots.DynamoDb.Serialization;

/// <summary>One street partition of a version and how many segments it holds (the verifier's and pruner's list).</summary>
internal sealed record StreetCount(string Street, int Segments)
{
    public int ItemCount => DynamoDb.Items.SegmentItems.ChunksFor(Segments);
}
