using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Dataset;
using Elections.Bots.DynamoDb.Store;
using Elections.Bots.DynamoDb.Tests.Dynalite;
using Elections.Bots.DynamoDb.Tests.Support;
using Elections.Bots.Tests;

namespace Elections.Bots.DynamoDb.Tests.Store;

/// <summary>
/// The bundled Millbrook dataset published to dynalite must answer exactly as the in-memory store does:
/// every address in addresses.csv and every golden question, through the real engine.
/// </summary>
[Collection(DynaliteGroup.Name)]
[Trait("Category", "Integration")]
public sealed class MillbrookRoundTripTests(DynaliteFixture dynalite)
{
    private const string During = "2027-02-24T10:00";

    [Fact]
    public async Task DynamoFactStore_OnMillbrook_HoldsTheSameFactsAndStreets()
    {
        var sample = DatasetFolderLoader.Load(RepositoryPaths.MillbrookDataset);
        using var table = await PublishAsync(sample);
        using var store = table.Store(TimeProvider.System);
        var memory = sample.CreateStore();

        FactsAssert.Equal(sample.Facts, (await store.GetFactsAsync(CancellationToken.None))!);
        foreach (var street in sample.Segments.Where(s => !s.IncludesAllStreets).Select(s => s.StreetName).Distinct())
        {
            FactsAssert.SameSegments(
                await memory.FindStreetSegmentsAsync(sample.Facts.DatasetVersion, street, CancellationToken.None),
                await store.FindStreetSegmentsAsync(sample.Facts.DatasetVersion, street, CancellationToken.None));
        }
    }

    [Fact]
    public async Task HandleAsync_EveryAddressRow_AnswersAsTheInMemoryStore()
    {
        var sample = DatasetFolderLoader.Load(RepositoryPaths.MillbrookDataset);
        using var table = await PublishAsync(sample);
        using var store = table.Store(TimeProvider.System);
        var matched = 0;

        foreach (var row in Rows("addresses.csv"))
        {
            var address = row.Required("address");
            var expected = await new MillbrookBot(During, sample).PollingPlaceAsync(address);
            var actual = await new MillbrookBot(During, sample, store).PollingPlaceAsync(address);

            AssertSameAnswer(expected, actual);
            if (actual.Trace.PrecinctId is not null) matched++;
        }
        // Identical answers prove nothing if none of them reached the street partitions.
        Assert.True(matched > 0, "no address matched a precinct, so no street was read from the table");
    }

    [Fact]
    public async Task HandleAsync_EveryGoldenQuestion_AnswersAsTheInMemoryStore()
    {
        var sample = DatasetFolderLoader.Load(RepositoryPaths.MillbrookDataset);
        using var table = await PublishAsync(sample);
        using var store = table.Store(TimeProvider.System);

        foreach (var row in Rows("golden-questions.csv"))
        {
            var locale = LocaleTags.ParseOrEnglish(row.Required("locale"));
            var question = row.Required("question");
            var expected = await new MillbrookBot(During, sample) { Locale = locale }.SayAsync(question);
            var actual = await new MillbrookBot(During, sample, store) { Locale = locale }.SayAsync(question);

            AssertSameAnswer(expected, actual);
        }
    }

    [Fact]
    public async Task HandleAsync_AddressQuestion_TakesTwoCallsColdAndNoneWarm()
    {
        var sample = DatasetFolderLoader.Load(RepositoryPaths.MillbrookDataset);
        using var table = await PublishAsync(sample);
        using var store = table.Store(TimeProvider.System);
        var bot = new MillbrookBot(During, sample, store);
        var address = Rows("addresses.csv")[0].Required("address");

        var cold = await bot.PollingPlaceAsync(address);
        var coldCalls = table.VoterHandler.Total;
        var warm = await new MillbrookBot(During, sample, store).PollingPlaceAsync(address);

        Assert.Equal(2, coldCalls);
        Assert.Equal(coldCalls, table.VoterHandler.Total);
        Assert.Equal(cold.Text, warm.Text);
    }

    private Task<TestTable> PublishAsync(LoadedDataset sample) =>
        TestTable.PublishedAsync(dynalite.Server.ServiceUrl, new SampleDataset(sample.Facts, sample.Segments));

    private static void AssertSameAnswer(DialogReply expected, DialogReply actual)
    {
        Assert.Equal(expected.Outcome, actual.Outcome);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(FactsAssert.Render(expected.Trace), FactsAssert.Render(actual.Trace));
    }

    private static ImmutableArray<CsvRow> Rows(string file) =>
        CsvTable.Parse(file, File.ReadAllText(RepositoryPaths.Sample(file))).Rows;
}
