using Amazon.DynamoDBv2;
using Elections.Bots.Cli.Common;
using Elections.Bots.DynamoDb.Publishing;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.Cli.Publish;

/// <summary>A DynamoDB client with the patient administration settings (a publish would rather wait out throttling).</summary>
internal sealed class AdminTable : IDisposable
{
    private AdminTable(AmazonDynamoDBClient client, string name)
    {
        Client = client;
        Name = name;
    }

    public AmazonDynamoDBClient Client { get; }
    public string Name { get; }

    public static AdminTable Open(TableSettings table)
    {
        var config = FactTableClientConfig.ForAdministration(table.Region, table.Endpoint);
        return new AdminTable(new AmazonDynamoDBClient(TableConnection.Credentials(config, table), config), table.Name);
    }

    public DatasetPublisher Publisher(TimeProvider time) => new(Client, new PublisherOptions { TableName = Name }, time);

    public void Dispose() => Client.Dispose();
}
