namespace Elections.Bots.DynamoDb.Tests.Dynalite;

[CollectionDefinition(Name)]
public sealed class DynaliteGroup : ICollectionFixture<DynaliteFixture>
{
    public const string Name = "dynalite";
}
