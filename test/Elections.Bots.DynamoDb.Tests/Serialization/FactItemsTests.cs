using Elections.Bots.Core;
using Elections.Bots.Core.Facts;
using Elections.Bots.DynamoDb.Items;
using Elections.Bots.DynamoDb.Serialization;
using Elections.Bots.DynamoDb.Table;
using Elections.Bots.DynamoDb.Tests.Support;

namespace Elections.Bots.DynamoDb.Tests.Serialization;

public sealed class FactItemsTests
{
    [Fact]
    public void Read_OfEncodedItems_GivesBackEqualFacts()
    {
        var sample = SampleDataset.Create("v1");

        var stored = FactItems.Read("v1", Items("v1", sample.Facts));

        FactsAssert.Equal(sample.Facts, stored.Facts);
        Assert.Equal(sample.Facts.Faq.Length, stored.RecordsOf(FactKinds.Faq));
    }

    [Fact]
    public void Encode_OfAGroupLargerThanAnItem_SplitsItIntoChunksThatReadBack()
    {
        var sample = SampleDataset.Create("v1");
        // Random answers do not compress, so 900 of ~500 bytes make well over one 350 KB chunk.
        var random = new Random(7);
        var faq = Enumerable.Range(0, 900).Select(i => new FaqEntry($"q{i}", Locale.English, "general", $"Question {i}?",
            Convert.ToBase64String(Enumerable.Range(0, 400).Select(_ => (byte)random.Next()).ToArray()), [], null, null, null, null, null, null));
        var big = new ElectionFacts
        {
            DatasetVersion = "v1", JurisdictionName = "Big", Office = sample.Facts.Office, Faq = [.. faq],
        };

        var items = Items("v1", big);
        var stored = FactItems.Read("v1", items);

        Assert.True(items.Keys.Count(k => k.StartsWith("faq#", StringComparison.Ordinal)) >= 2);
        Assert.All(items.Values, i => Assert.True((i.GetBytes(TableSchema.Data)?.Length ?? 0) <= TableSchema.MaxChunkBytes));
        FactsAssert.Equal(big, stored.Facts);
    }

    [Fact]
    public void Read_WithAChunkFromAnotherWrite_IsRefusedByTheChecksum()
    {
        var items = Items("v1", SampleDataset.Create("v1").Facts);
        var other = Items("v1", SampleDataset.Create("v1", placeName: "Elsewhere").Facts);
        items["locations#0000"] = other["locations#0000"];

        var error = Assert.Throws<InvalidDataException>(() => FactItems.Read("v1", items));

        Assert.Contains("locations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OfTheMirror_RefusesItemsFromAnOlderFlip()
    {
        var facts = SampleDataset.Create("v1").Facts;
        var mirror = GroupItems.BySort(GroupItems.ToItems("active", "v1", FactItems.Encode(facts), serial: 4));

        Assert.Throws<InvalidDataException>(() => FactItems.Read("v1", mirror, serial: 5));
        FactsAssert.Equal(facts, FactItems.Read("v1", mirror, serial: 4).Facts);
    }

    private static Dictionary<string, Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue>> Items(string version, ElectionFacts facts) =>
        GroupItems.BySort(GroupItems.ToItems(TableSchema.FactsPartition(version), version, FactItems.Encode(facts)));
}
