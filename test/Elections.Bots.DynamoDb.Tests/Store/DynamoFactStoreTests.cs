using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Store;
using Elections.Bots.DynamoDb.Publishing;
using Elections.Bots.DynamoDb.Tests.Dynalite;
using Elections.Bots.DynamoDb.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Elections.Bots.DynamoDb.Tests.Store;

[Collection(DynaliteGroup.Name)]
[Trait("Category", "Integration")]
public sealed class DynamoFactStoreTests(DynaliteFixture dynalite)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task GetFactsAsync_AfterPublish_ReturnsThePublishedFactsAndEveryStreet()
    {
        var sample = SampleDataset.Create("v1");
        using var table = await TestTable.PublishedAsync(dynalite.Server.ServiceUrl, sample);
        using var store = table.Store(_time);
        var memory = new InMemoryFactStore(sample.Facts, sample.Segments);

        var facts = await store.GetFactsAsync(CancellationToken.None);

        Assert.NotNull(facts);
        FactsAssert.Equal(sample.Facts, facts);
        foreach (var street in sample.Segments.Where(s => !s.IncludesAllStreets).Select(s => s.StreetName).Distinct())
        {
            FactsAssert.SameSegments(
                await memory.FindStreetSegmentsAsync("v1", street, CancellationToken.None),
                await store.FindStreetSegmentsAsync("v1", street, CancellationToken.None));
        }
        Assert.Empty(await store.FindStreetSegmentsAsync("v1", "NO SUCH", CancellationToken.None));
    }

    [Fact]
    public async Task GetFactsAsync_WhenColdThenWarm_TakesOneCallThenNone()
    {
        var sample = SampleDataset.Create("v1");
        using var table = await TestTable.PublishedAsync(dynalite.Server.ServiceUrl, sample);
        using var store = table.Store(_time);

        await store.GetFactsAsync(CancellationToken.None);
        var factCalls = table.VoterHandler.Total;
        await store.FindStreetSegmentsAsync("v1", "MAIN", CancellationToken.None);
        var coldCalls = table.VoterHandler.Total;
        _time.Advance(TimeSpan.FromSeconds(59));
        await store.GetFactsAsync(CancellationToken.None);
        await store.FindStreetSegmentsAsync("v1", "MAIN", CancellationToken.None);

        Assert.Equal(1, factCalls);
        Assert.Equal(2, coldCalls);
        Assert.Equal(coldCalls, table.VoterHandler.Total);
        Assert.Equal(table.VoterHandler.Total, store.Counters.Calls);
    }

    [Fact]
    public async Task GetFactsAsync_AfterTtl_PicksUpTheNewVersionWithoutRestart()
    {
        using var table = await TestTable.CreateAsync(dynalite.Server.ServiceUrl);
        var publisher = table.Publisher();
        var v1 = SampleDataset.Create("v1");
        await publisher.PublishAsync(v1.Facts, v1.Segments, CancellationToken.None);
        using var store = table.Store(_time);
        await store.GetFactsAsync(CancellationToken.None);
        var v2 = SampleDataset.Create("v2", placeName: "New Library");
        await publisher.PublishAsync(v2.Facts, v2.Segments, CancellationToken.None);

        var beforeTtl = await store.GetFactsAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(60));
        table.VoterHandler.Reset();
        var afterTtl = await store.GetFactsAsync(CancellationToken.None);

        Assert.Equal("v1", beforeTtl!.DatasetVersion);
        FactsAssert.Equal(v2.Facts, afterTtl!);
        Assert.Equal(2, table.VoterHandler.Total);
    }

    [Fact]
    public async Task GetFactsAsync_WhenNothingPublished_ReturnsNull()
    {
        using var table = await TestTable.CreateAsync(dynalite.Server.ServiceUrl);
        using var store = table.Store(_time);

        Assert.Null(await store.GetFactsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetFactsAsync_WhenMirrorIsStale_ReadsTheVersionPartitionInOneMoreCall()
    {
        var sample = SampleDataset.Create("v1");
        using var table = await TestTable.PublishedAsync(dynalite.Server.ServiceUrl, sample);
        await TableEdits.DeleteAsync(table, "active", "locations#0000");
        using var store = table.Store(_time);

        var facts = await store.GetFactsAsync(CancellationToken.None);

        FactsAssert.Equal(sample.Facts, facts!);
        Assert.Equal(2, table.VoterHandler.Total);
    }

    [Fact]
    public async Task NoticeBoard_SetAndClear_ReachVotersAfterTtlAndSurvivePublish()
    {
        var v1 = SampleDataset.Create("v1");
        using var table = await TestTable.PublishedAsync(dynalite.Server.ServiceUrl, v1);
        using var store = table.Store(_time);
        await store.GetFactsAsync(CancellationToken.None);
        var board = new NoticeBoard(table.Admin, table.Name);
        var moved = new EmergencyNotice("n-moved", "Precinct 101 votes at the school today.", null, null, ["pre-101"], [], null);
        var replaced = v1.Facts.Notices[0] with { TextEnglish = "Oak St is open again." };

        await board.SetAsync(moved, CancellationToken.None);
        await board.SetAsync(replaced, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(60));
        var withNotices = await store.GetFactsAsync(CancellationToken.None);
        var v2 = SampleDataset.Create("v2");
        await table.Publisher().PublishAsync(v2.Facts, v2.Segments, CancellationToken.None);
        await board.ClearAsync("n-flood", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(60));
        var afterPublish = await store.GetFactsAsync(CancellationToken.None);

        Assert.Equal(["Oak St is open again.", "Precinct 101 votes at the school today."],
            withNotices!.Notices.Select(n => n.TextEnglish).Order().ToArray());
        Assert.Equal("v2", afterPublish!.DatasetVersion);
        Assert.Equal(["Oak St is closed.", "Precinct 101 votes at the school today."],
            afterPublish.Notices.Select(n => n.TextEnglish).Order().ToArray());
    }
}
