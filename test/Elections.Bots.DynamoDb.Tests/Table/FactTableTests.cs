using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Elections.Bots.DynamoDb.Errors;
using Elections.Bots.DynamoDb.Table;
using Elections.Bots.DynamoDb.Tests.Dynalite;
using Elections.Bots.DynamoDb.Tests.Support;

namespace Elections.Bots.DynamoDb.Tests.Table;

[Collection(DynaliteGroup.Name)]
[Trait("Category", "Integration")]
public sealed class FactTableTests(DynaliteFixture dynalite)
{
    [Fact]
    public async Task EnsureAsync_OnAMissingTable_CreatesItWithTheKeySchema_AndIsIdempotent()
    {
        using var table = await TestTable.CreateAsync(dynalite.Server.ServiceUrl, create: false);
        var facts = new FactTable(table.Admin, table.Name, TimeProvider.System);

        await facts.EnsureAsync(CancellationToken.None);
        await facts.EnsureAsync(CancellationToken.None);
        var described = (await table.Admin.DescribeTableAsync(table.Name)).Table;

        Assert.Equal(["pk:HASH", "sk:RANGE"], described.KeySchema.Select(k => $"{k.AttributeName}:{k.KeyType}").ToArray());
        await facts.VerifyAsync(CancellationToken.None);
    }

    [Fact]
    public async Task EnsureAsync_OnATableWithAnotherKeySchema_SaysWhatIsWrong()
    {
        using var table = await TestTable.CreateAsync(dynalite.Server.ServiceUrl, create: false);
        await table.Admin.CreateTableAsync(new CreateTableRequest
        {
            TableName = table.Name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new AttributeDefinition("id", ScalarAttributeType.S)],
            KeySchema = [new KeySchemaElement("id", KeyType.HASH)],
        });

        var error = await Assert.ThrowsAsync<FactTableException>(
            () => new FactTable(table.Admin, table.Name, TimeProvider.System).EnsureAsync(CancellationToken.None));
        var publish = await Assert.ThrowsAsync<FactTableException>(() =>
            table.Publisher().PublishAsync(SampleDataset.Create("v1").Facts, [], CancellationToken.None));

        Assert.Equal(FactTableProblem.WrongKeySchema, error.Problem);
        Assert.Contains("id (S, HASH)", error.Message, StringComparison.Ordinal);
        Assert.Equal(FactTableProblem.WrongKeySchema, publish.Problem);
    }

    [Fact]
    public async Task Publisher_OnAMissingTable_SaysSoBeforeWriting()
    {
        using var table = await TestTable.CreateAsync(dynalite.Server.ServiceUrl, create: false);
        var sample = SampleDataset.Create("v1");

        var publish = await Assert.ThrowsAsync<FactTableException>(
            () => table.Publisher().PublishAsync(sample.Facts, sample.Segments, CancellationToken.None));
        var rollback = await Assert.ThrowsAsync<FactTableException>(() => table.Publisher().RollbackAsync("v1", CancellationToken.None));

        Assert.Equal(FactTableProblem.TableMissing, publish.Problem);
        Assert.Equal(FactTableProblem.TableMissing, rollback.Problem);
        Assert.Contains(table.Name, publish.Message, StringComparison.Ordinal);
        Assert.Equal(0, table.AdminHandler.Count("BatchWriteItem"));
    }
}
