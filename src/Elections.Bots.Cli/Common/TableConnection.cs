using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Elections.Bots.DynamoDb.Store;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.Cli.Common;

/// <summary>A DynamoDB client and fact store for the CLI, with the same SDK settings the Lambda functions use.</summary>
internal sealed class TableConnection : IDisposable
{
    private readonly AmazonDynamoDBClient _client;

    private TableConnection(AmazonDynamoDBClient client, DynamoFactStore store)
    {
        _client = client;
        Store = store;
    }

    public DynamoFactStore Store { get; }

    public static async Task<TableConnection> OpenForVotersAsync(TableSettings table, CancellationToken cancellationToken)
    {
        var config = FactTableClientConfig.ForVoters(table.Region, table.Endpoint);
        var client = new AmazonDynamoDBClient(Credentials(config, table), config);
        await new FactTable(client, table.Name, TimeProvider.System).VerifyAsync(cancellationToken);
        return new TableConnection(client, new DynamoFactStore(client, new DynamoFactStoreOptions { TableName = table.Name }, TimeProvider.System));
    }

    /// <summary>
    /// The usual AWS credential chain; against a local endpoint (dynalite) with no credentials configured, any
    /// key will do, so a developer needs no AWS account to try the table path.
    /// </summary>
    public static AWSCredentials Credentials(IClientConfig config, TableSettings table)
    {
        try
        {
            return DefaultAWSCredentialsIdentityResolver.GetCredentials(config);
        }
        catch (AmazonClientException) when (table.Endpoint is not null)
        {
            return new BasicAWSCredentials("local", "local");
        }
    }

    public void Dispose()
    {
        Store.Dispose();
        _client.Dispose();
    }
}
