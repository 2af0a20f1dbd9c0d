using Elections.Bots.Core.Facts;
using Elections.Bots.DynamoDb.Items;
using Elections.Bots.DynamoDb.Tests.Support;

namespace Elections.Bots.DynamoDb.Tests.Serialization;

public sealed class SegmentItemsTests
{
    [Fact]
    public void ToItems_OfALongStreet_SpreadsItOverItemsThatReadBackWhole()
    {
        var segments = LongStreet(450);

        var items = SegmentItems.ToItems("v1", "LONG", segments).ToList();

        Assert.Equal(3, items.Count);
        Assert.Equal(SegmentItems.ChunksFor(450), items.Count);
        FactsAssert.SameSegments(segments, SegmentItems.Read("v1", items));
    }

    [Fact]
    public void Read_WithAnItemMissing_RefusesTheStreet()
    {
        var items = SegmentItems.ToItems("v1", "LONG", LongStreet(450)).ToList();
        items.RemoveAt(1);

        Assert.Throws<InvalidDataException>(() => SegmentItems.Read("v1", items));
    }

    [Fact]
    public void Read_OfItemsFromAnotherVersion_RefusesThem()
    {
        var items = SegmentItems.ToItems("v1", "LONG", LongStreet(3)).ToList();

        Assert.Throws<InvalidDataException>(() => SegmentItems.Read("v2", items));
        Assert.Empty(SegmentItems.Read("v1", []));
    }

    private static StreetSegment[] LongStreet(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new StreetSegment($"ss-{i}", null, "LONG", "RD", null, "MILLBROOK", "NL", "99961",
            i * 10 + 1, i * 10 + 9, OddEvenBoth.Both, false, false, null, null, null, "pre-101"))];
}
