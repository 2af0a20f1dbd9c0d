using Elections.Bots.Lex.Rendering;

namespace Elections.Bots.Lex.Tests.Rendering;

public sealed class SmsSegmentsTests
{
    [Theory]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    public void Count_WhenTextIsGsm7_Uses160Then153SeptetSegments(int length, int expected) =>
        Assert.Equal(expected, SmsSegments.Count(new string('a', length)));

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Count_WhenTextHasACharacterOutsideGsm7_Uses70Then67UnitSegments(int length, int expected) =>
        Assert.Equal(expected, SmsSegments.Count("á" + new string('a', length - 1)));

    [Fact]
    public void Count_WhenSpanishTextUsesOnlyLettersGsm7Has_StaysGsm7()
    {
        var text = "¿Qué? ñ é ü ¡Bien! " + new string('a', 140);

        Assert.True(SmsSegments.IsGsm7(text));
        Assert.Equal(1, SmsSegments.Count(text));
    }

    [Fact]
    public void Count_WhenExtensionCharactersWouldSplitAcrossSegments_KeepsThemWhole()
    {
        // 152 plain septets then "€" (two septets): the euro cannot straddle the 153-septet boundary.
        var text = new string('a', 152) + "€" + new string('a', 10);

        Assert.Equal(2, SmsSegments.Count(text));
        Assert.Equal(3, SmsSegments.Count(new string('a', 152) + "€" + new string('a', 152)));
    }

    [Fact]
    public void Count_WhenTextHasAnEmoji_CountsItsSurrogatePairAsTwoUnits() =>
        Assert.Equal(1, SmsSegments.Count("🗳" + new string('a', 68)));
}
