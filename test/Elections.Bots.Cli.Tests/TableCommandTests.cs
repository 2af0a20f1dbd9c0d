using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Elections.Bots.DynamoDb.Publishing;
using Elections.Bots.DynamoDb.Table;
using Elections.Bots.DynamoDb.Tests.Dynalite;
using Elections.Bots.Import.Dataset;
using Elections.Bots.Tests;

namespace Elections.Bots.Cli.Tests;

/// <summary><c>ask --table</c> answers from a published DynamoDB table exactly as from the dataset folder.</summary>
[Trait("Category", "Integration")]
public sealed class TableCommandTests
{
    [Fact]
    public async Task Ask_WithTable_AnswersLikeTheDatasetFolder()
    {
        await using var server = await DynaliteServer.StartAsync();
        var config = FactTableClientConfig.ForAdministration("us-east-1", server.ServiceUrl);
        using var client = new AmazonDynamoDBClient(new BasicAWSCredentials("test", "test"), config);
        await new FactTable(client, "facts", TimeProvider.System).EnsureAsync(CancellationToken.None);
        var dataset = DatasetFolderLoader.Load(RepositoryPaths.MillbrookDataset);
        await new DatasetPublisher(client, new PublisherOptions { TableName = "facts" }, TimeProvider.System)
            .PublishAsync(dataset.Facts, dataset.Segments, CancellationToken.None);
        string[] question = ["ask", "when is the last day to register", "--json", "--now", "2027-02-17"];

        var fromTable = await CliProcess.RunAsync(null, [.. question, "--table", "facts", "--endpoint", server.ServiceUrl]);
        var fromFolder = await CliProcess.RunAsync(null, question);

        Assert.Equal(0, fromTable.ExitCode);
        using var table = JsonDocument.Parse(fromTable.Output);
        using var folder = JsonDocument.Parse(fromFolder.Output);
        Assert.Equal(folder.RootElement.GetProperty("text").GetString(), table.RootElement.GetProperty("text").GetString());
        Assert.Equal(dataset.Facts.DatasetVersion, table.RootElement.GetProperty("datasetVersion").GetString());
    }

    [Fact]
    public async Task Ask_WhenTableMissing_ExitsOneSayingSo()
    {
        await using var server = await DynaliteServer.StartAsync();

        var (exit, output, error) = await CliProcess.RunAsync(null, "ask", "hello", "--table", "nope", "--endpoint", server.ServiceUrl);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("nope", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
