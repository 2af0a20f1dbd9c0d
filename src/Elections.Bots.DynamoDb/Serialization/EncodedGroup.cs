namespace Elections.Bots.DynamoDb.Serialization;

/// <summary>A fact group ready to write: its header entry and its chunk payloads, in order.</summary>
internal sealed record EncodedGroup(FactGroupHeader Header, ImmutableArray<byte[]> Chunks);
