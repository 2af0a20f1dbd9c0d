using System.Net;
using System.Text.Json.Nodes;
using Elections.Bots.DynamoDb.Errors;
using Elections.Bots.DynamoDb.Items;
using Elections.Bots.DynamoDb.Publishing;
using Elections.Bots.DynamoDb.Tests.Dynalite;
using Elections.Bots.DynamoDb.Tests.Support;

namespace Elections.Bots.DynamoDb.Tests.Publishing;

[Collection(DynaliteGroup.Name)]
[Trait("Category", "Integration")]
public sealed class DatasetPublisherTests(DynaliteFixture dynalite)
{
    [Fact]
    public async Task PublishAsync_WhenCancelledMidway_LeavesTheOldVersionActiveAndARerunCompletes()
    {
        var v1 = SampleDataset.Create("v1");
        using var table = await TestTable.PublishedAsync(dynalite.Server.ServiceUrl, v1);
        var v2 = SampleDataset.Create("v2", placeName: "New Library", extraStreets: 500);
        using var cancel = new CancellationTokenSource();
        var batches = 0;
        table.AdminHandler.Intercept = (request, _) =>
        {
            if (request.Operation == "BatchWriteItem" && Interlocked.Increment(ref batches) == 5) cancel.Cancel();
            return Task.FromResult<HttpResponseMessage?>(null);
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => table.Publisher().PublishAsync(v2.Facts, v2.Segments, cancel.Token));
        table.AdminHandler.Intercept = null;
        using var store = table.Store(TimeProvider.System);
        var during = await store.GetFactsAsync(CancellationToken.None);
        var interrupted = (await table.Publisher().ListVersionsAsync(CancellationToken.None)).Single(v => v.Version == "v2");
        var rerun = await table.Publisher().PublishAsync(v2.Facts, v2.Segments, CancellationToken.None);
        using var fresh = table.Store(TimeProvider.System);

        FactsAssert.Equal(v1.Facts, during!);
        Assert.Equal(VersionState.Writing, interrupted.State);
        Assert.Equal("v1", rerun.PreviousVersion);
        Assert.Equal(505, rerun.Counts[FactKinds.StreetSegments]);
        FactsAssert.Equal(v2.Facts, (await fresh.GetFactsAsync(CancellationToken.None))!);
    }

    [Fact]
    public async Task PublishAsync_TwoPublishersAtOnce_ExactlyOneWins()
    {
        var v1 = SampleDataset.Create("v1");
        using var table = await TestTable.PublishedAsync(dynalite.Server.ServiceUrl, v1);
        // Hold every write until both publishers have read ACTIVE, so both start from the same pointer.
        var bothRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pointerReads = 0;
        table.AdminHandler.Intercept = async (request, ct) =>
        {
            if (request.Operation == "GetItem" && Interlocked.Increment(ref pointerReads) == 2) bothRead.SetResult();
            if (request.Operation == "BatchWriteItem") await bothRead.Task.WaitAsync(ct);
            return null;
        };
        var a = SampleDataset.Create("a", placeName: "A");
        var b = SampleDataset.Create("b", placeName: "B");

        var results = await Task.WhenAll(
            Outcome(table.Publisher().PublishAsync(a.Facts, a.Segments, CancellationToken.None)),
            Outcome(table.Publisher().PublishAsync(b.Facts, b.Segments, CancellationToken.None)));
        var versions = await table.Publisher().ListVersionsAsync(CancellationToken.None);

        Assert.Single(results, r => r is null);
        Assert.Single(results, r => r is PublishConflictException);
        var winner = results[0] is null ? "a" : "b";
        Assert.Equal(winner, versions.Single(v => v.IsActive).Version);
        Assert.All(versions, v => Assert.Equal(VersionState.Complete, v.State));
    }

    [Fact]
    public async Task RollbackAsync_ToAKeptVersion_MakesItActiveAgain()
    {
        using var table = await TestTable.CreateAsync(dynalite.Server.ServiceUrl);
        var publisher = table.Publisher();
        var v1 = SampleDataset.Create("v1");
        var v2 = SampleDataset.Create("v2", placeName: "New Library");
        await publisher.PublishAsync(v1.Facts, v1.Segments, CancellationToken.None);
        await publisher.PublishAsync(v2.Facts, v2.Segments, CancellationToken.None);

        var result = await publisher.RollbackAsync("v1", CancellationToken.None);
        using var store = table.Store(TimeProvider.System);

        Assert.Equal("v2", result.PreviousVersion);
        FactsAssert.Equal(v1.Facts, (await store.GetFactsAsync(CancellationToken.None))!);
        Assert.Equal("v1", (await publisher.ListVersionsAsync(CancellationToken.None)).Single(v => v.IsActive).Version);
        var missing = await Assert.ThrowsAsync<FactTableException>(() => publisher.RollbackAsync("v9", CancellationToken.None));
        Assert.Equal(FactTableProblem.VersionMissing, missing.Problem);
    }

    [Fact]
    public async Task PublishAsync_BeyondKeepVersions_DeletesTheOldestVersionWhole()
    {
        using var table = await TestTable.CreateAsync(dynalite.Server.ServiceUrl);
        var publisher = table.Publisher(table.PublisherOptions with { KeepVersions = 2 });
        PublishResult? last = null;
        foreach (var version in new[] { "v1", "v2", "v3" })
        {
            var sample = SampleDataset.Create(version);
            last = await publisher.PublishAsync(sample.Facts, sample.Segments, CancellationToken.None);
        }

        var kept = await publisher.ListVersionsAsync(CancellationToken.None);

        Assert.Equal(["v1"], last!.PrunedVersions.ToArray());
        Assert.Equal(["v3", "v2"], kept.Select(v => v.Version).ToArray());
        Assert.Equal(0, await TableEdits.CountAsync(table, "v#v1"));
        Assert.Equal(0, await TableEdits.CountAsync(table, "v#v1#st#MAIN"));
        Assert.Equal(0, await TableEdits.CountAsync(table, "v#v1#streets"));
        Assert.Equal(1, await TableEdits.CountAsync(table, "v#v2#st#MAIN"));
    }

    [Fact]
    public async Task PublishAsync_WhenDynamoLeavesItemsUnprocessed_RetriesThemUntilWritten()
    {
        using var table = await TestTable.CreateAsync(dynalite.Server.ServiceUrl);
        var sample = SampleDataset.Create("v1", extraStreets: 100);
        var refused = 0;
        table.AdminHandler.Intercept = (request, _) =>
            Task.FromResult(request.Operation == "BatchWriteItem" && Interlocked.Increment(ref refused) <= 3
                ? RecordingHandler.Json(HttpStatusCode.OK, new JsonObject
                {
                    ["UnprocessedItems"] = JsonNode.Parse(request.Body)!["RequestItems"]!.DeepClone(),
                }.ToJsonString())
                : null);

        var result = await table.Publisher().PublishAsync(sample.Facts, sample.Segments, CancellationToken.None);
        using var store = table.Store(TimeProvider.System);

        Assert.True(result.Retries >= 3, $"{result.Retries} retries");
        FactsAssert.Equal(sample.Facts, (await store.GetFactsAsync(CancellationToken.None))!);
    }

    [Fact]
    public async Task PublishAsync_WhenThrottlingNeverClears_FailsClearlyAndFlipsNothing()
    {
        using var table = await TestTable.CreateAsync(dynalite.Server.ServiceUrl, adminRetries: 0);
        var v1 = SampleDataset.Create("v1");
        await table.Publisher().PublishAsync(v1.Facts, v1.Segments, CancellationToken.None);
        table.AdminHandler.Intercept = (request, _) => Task.FromResult(request.Operation == "BatchWriteItem"
            ? RecordingHandler.Error("ProvisionedThroughputExceededException") : null);
        var v2 = SampleDataset.Create("v2");

        var error = await Assert.ThrowsAsync<FactTableException>(() => table.Publisher(table.PublisherOptions with { MaxWriteAttempts = 3 })
            .PublishAsync(v2.Facts, v2.Segments, CancellationToken.None));
        table.AdminHandler.Intercept = null;
        using var store = table.Store(TimeProvider.System);

        Assert.Equal(FactTableProblem.WriteFailed, error.Problem);
        Assert.Equal("v1", (await store.GetFactsAsync(CancellationToken.None))!.DatasetVersion);
    }

    [Fact]
    public async Task PublishAsync_TheActiveVersionAgain_ChangesNothing()
    {
        var v1 = SampleDataset.Create("v1");
        using var table = await TestTable.PublishedAsync(dynalite.Server.ServiceUrl, v1);
        table.AdminHandler.Reset();

        var again = await table.Publisher().PublishAsync(v1.Facts, v1.Segments, CancellationToken.None);

        Assert.True(again.AlreadyActive);
        Assert.Equal(0, table.AdminHandler.Count("BatchWriteItem") + table.AdminHandler.Count("UpdateItem"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has#hash")]
    [InlineData("-leading-dash")]
    public async Task PublishAsync_WithAnUnstorableVersion_ReportsInvalidDataset(string version)
    {
        using var table = await TestTable.CreateAsync(dynalite.Server.ServiceUrl, create: false);
        var sample = SampleDataset.Create(version);

        var error = await Assert.ThrowsAsync<FactTableException>(
            () => table.Publisher().PublishAsync(sample.Facts, sample.Segments, CancellationToken.None));

        Assert.Equal(FactTableProblem.InvalidDataset, error.Problem);
        Assert.Equal(0, table.AdminHandler.Total);
    }

    private static async Task<Exception?> Outcome(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (FactTableException e)
        {
            return e;
        }
    }
}
