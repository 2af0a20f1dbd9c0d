using Elections.Bots.Core.Ports;
using Elections.Bots.DynamoDb.Errors;
using Elections.Bots.DynamoDb.Tests.Dynalite;
using Elections.Bots.DynamoDb.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Elections.Bots.DynamoDb.Tests.Store;

/// <summary>What voters get when DynamoDB throttles, disappears, or holds a broken version.</summary>
[Collection(DynaliteGroup.Name)]
[Trait("Category", "Integration")]
public sealed class StoreResilienceTests(DynaliteFixture dynalite)
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(60);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task GetFactsAsync_WhenThrottledAfterTtl_ServesTheLastGoodDataAndCountsIt()
    {
        using var table = await PublishedAsync("v1");
        using var store = table.Store(_time);
        var before = await store.GetFactsAsync(CancellationToken.None);
        table.VoterHandler.Intercept = (_, _) => Task.FromResult<HttpResponseMessage?>(
            RecordingHandler.Error("ProvisionedThroughputExceededException"));

        _time.Advance(Ttl);
        var throttled = await store.GetFactsAsync(CancellationToken.None);
        var callsAfterError = table.VoterHandler.Total;
        var again = await store.GetFactsAsync(CancellationToken.None);

        Assert.Same(before, throttled);
        Assert.Same(before, again);
        Assert.Equal(callsAfterError, table.VoterHandler.Total);
        Assert.Equal(2, store.Counters.StaleServes);
        Assert.Equal(1, store.Counters.StoreErrors);
        // The SDK's throttling backoff outlasts the voter's 1 s budget: the store reports the timeout.
        Assert.Contains(store.Counters.LastError, new[] { "ProvisionedThroughputExceededException", "Timeout" });
    }

    [Fact]
    public async Task GetFactsAsync_WhenThrottledWithNothingCached_ThrowsFactStoreUnavailable()
    {
        using var table = await PublishedAsync("v1");
        using var store = table.Store(_time);
        table.VoterHandler.Intercept = (_, _) => Task.FromResult<HttpResponseMessage?>(
            RecordingHandler.Error("ProvisionedThroughputExceededException"));

        await Assert.ThrowsAsync<FactStoreUnavailableException>(() => store.GetFactsAsync(CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task GetFactsAsync_WhenFailingLongerThanMaxStaleness_ThrowsFactStoreUnavailable()
    {
        using var table = await PublishedAsync("v1");
        using var store = table.Store(_time, o => o with { MaxStaleness = TimeSpan.FromMinutes(5) });
        await store.GetFactsAsync(CancellationToken.None);
        table.VoterHandler.Intercept = (_, _) => Task.FromResult<HttpResponseMessage?>(RecordingHandler.Error("InternalServerError",
            System.Net.HttpStatusCode.InternalServerError));

        _time.Advance(TimeSpan.FromMinutes(4));
        var stale = await store.GetFactsAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.NotNull(stale);
        await Assert.ThrowsAsync<FactStoreUnavailableException>(() => store.GetFactsAsync(CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task GetFactsAsync_WhenTheTableIsMissing_ThrowsFactStoreUnavailable()
    {
        using var table = await TestTable.CreateAsync(dynalite.Server.ServiceUrl, create: false);
        using var store = table.Store(_time);

        var error = await Assert.ThrowsAsync<FactStoreUnavailableException>(() => store.GetFactsAsync(CancellationToken.None).AsTask());

        Assert.Equal("ResourceNotFoundException", store.Counters.LastError);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public async Task GetFactsAsync_WhenActiveNamesAMissingVersion_KeepsTheLastGoodVersion()
    {
        using var table = await PublishedAsync("v1");
        using var warm = table.Store(_time);
        var before = await warm.GetFactsAsync(CancellationToken.None);
        await TableEdits.PointAtAsync(table, "ghost");
        using var cold = table.Store(_time);

        _time.Advance(Ttl);
        var after = await warm.GetFactsAsync(CancellationToken.None);

        Assert.Same(before, after);
        Assert.Contains("ghost", warm.Counters.LastError, StringComparison.Ordinal);
        await Assert.ThrowsAsync<FactStoreUnavailableException>(() => cold.GetFactsAsync(CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task PartlyDeletedVersion_IsRefusedByRollbackAndNeverServed()
    {
        using var table = await PublishedAsync("v1");
        var v2 = SampleDataset.Create("v2", placeName: "New Library");
        await table.Publisher().PublishAsync(v2.Facts, v2.Segments, CancellationToken.None);
        await table.Publisher().RollbackAsync("v1", CancellationToken.None);
        using var store = table.Store(_time);
        var before = await store.GetFactsAsync(CancellationToken.None);
        await TableEdits.DeleteAsync(table, "v#v2", "precincts#0000");
        await TableEdits.DeleteAsync(table, "v#v2#st#OAK", "seg#0000");

        var rollback = await Assert.ThrowsAsync<FactTableException>(() => table.Publisher().RollbackAsync("v2", CancellationToken.None));
        await TableEdits.PointAtAsync(table, "v2");
        _time.Advance(Ttl);
        var after = await store.GetFactsAsync(CancellationToken.None);

        Assert.Equal(FactTableProblem.VersionIncomplete, rollback.Problem);
        Assert.Contains("precincts", rollback.Message, StringComparison.Ordinal);
        Assert.Contains("a street holds 0 segments in 0 items, expected 2 in 1", rollback.Message, StringComparison.Ordinal);
        Assert.Same(before, after);
        Assert.Equal(1, store.Counters.StoreErrors);
    }

    [Fact]
    public async Task Store_WhenServerStopsAndRestarts_AnswersFromCacheThenPicksUpFreshData()
    {
        var server = await DynaliteServer.StartAsync();
        var port = server.Port;
        using var table = await TestTable.CreateAsync(server.ServiceUrl);
        var v1 = SampleDataset.Create("v1");
        await table.Publisher().PublishAsync(v1.Facts, v1.Segments, CancellationToken.None);
        using var store = table.Store(_time);
        await store.GetFactsAsync(CancellationToken.None);
        var street = await store.FindStreetSegmentsAsync("v1", "MAIN", CancellationToken.None);

        await server.DisposeAsync();
        _time.Advance(Ttl);
        var whileDown = await store.GetFactsAsync(CancellationToken.None);
        var streetWhileDown = await store.FindStreetSegmentsAsync("v1", "MAIN", CancellationToken.None);
        var unknownStreet = await Assert.ThrowsAsync<FactStoreUnavailableException>(
            () => store.FindStreetSegmentsAsync("v1", "OAK", CancellationToken.None).AsTask());

        await using var restarted = await DynaliteServer.StartAsync(port);
        using var admin = await TestTable.CreateAsync(restarted.ServiceUrl, name: table.Name);
        var v2 = SampleDataset.Create("v2", placeName: "New Library");
        await admin.Publisher().PublishAsync(v2.Facts, v2.Segments, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(10));
        var afterRestart = await store.GetFactsAsync(CancellationToken.None);

        FactsAssert.Equal(v1.Facts, whileDown!);
        Assert.Equal(street, streetWhileDown);
        Assert.NotNull(unknownStreet.InnerException);
        Assert.True(store.Counters.StaleServes >= 1);
        FactsAssert.Equal(v2.Facts, afterRestart!);
    }

    private Task<TestTable> PublishedAsync(string version) =>
        TestTable.PublishedAsync(dynalite.Server.ServiceUrl, SampleDataset.Create(version));
}
