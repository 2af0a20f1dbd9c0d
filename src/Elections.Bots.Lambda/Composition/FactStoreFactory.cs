using Amazon.DynamoDBv2;
using Elections.Bots.Core.Ports;
using Elections.Bots.DynamoDb.Store;
using Elections.Bots.DynamoDb.Table;
using Elections.Bots.Import.Dataset;
using Elections.Bots.Lambda.Configuration;

namespace Elections.Bots.Lambda.Composition;

/// <summary>The voters' fact store: the DynamoDB table in production, or a dataset folder bundled in the package.</summary>
public static class FactStoreFactory
{
    /// <exception cref="Import.DatasetLoadException">The bundled dataset cannot be loaded.</exception>
    public static IFactStore Create(FunctionSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.DataDirectory is { } folder) return DatasetFolderLoader.Load(folder).CreateStore();

        var table = settings.TableName ?? throw new InvalidOperationException("Neither TABLE_NAME nor DATA_DIR is set.");
        // Credentials come from the SDK's usual chain: Lambda's role in production, AWS_* variables locally.
        var client = new AmazonDynamoDBClient(FactTableClientConfig.ForVoters(settings.Region, settings.DynamoDbEndpoint));
        return new DynamoFactStore(client, new DynamoFactStoreOptions { TableName = table, CacheTtl = settings.CacheTtl }, time);
    }
}
