using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Core.Tests.Dialog;

public sealed class ChoiceNumberTests
{
    [Theory]
    [InlineData("2", 2)]
    [InlineData(" 3. ", 3)]
    [InlineData("1#", 1)]
    [InlineData("two", 2)]
    [InlineData("Two!", 2)]
    [InlineData("the second one", 2)]
    [InlineData("The second.", 2)]
    [InlineData("number 2", 2)]
    [InlineData("option two", 2)]
    [InlineData("choice 3", 3)]
    [InlineData("the first", 1)]
    [InlineData("the 3rd one please", 3)]
    [InlineData("ninth", 9)]
    [InlineData("one", 1)]
    [InlineData("dos", 2)]
    [InlineData("la segunda", 2)]
    [InlineData("La Segunda Opción", 2)]
    [InlineData("el número uno", 1)]
    [InlineData("EL NUMERO UNO", 1)]
    [InlineData("opción 2", 2)]
    [InlineData("la primera", 1)]
    [InlineData("el primero", 1)]
    [InlineData("una", 1)]
    [InlineData("la séptima", 7)]
    [InlineData("nueve por favor", 9)]
    [InlineData("no, the second one", 2)]
    [InlineData("two two", 2)]
    public void Parse_WhenTextIsAShortPick_ReturnsItsNumber(string text, int expected)
    {
        Assert.Equal(expected, ChoiceNumber.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("is 1 id enough")]
    [InlineData("12 Oak St")]
    [InlineData("12")]
    [InlineData("0")]
    [InlineData("10")]
    [InlineData("what about the second election")]
    [InlineData("I have two questions")]
    [InlineData("one or two")]
    [InlineData("the first and the second")]
    [InlineData("1 2")]
    [InlineData("the")]
    [InlineData("no")]
    [InlineData("option")]
    [InlineData("tengo dos preguntas")]
    [InlineData("la segunda elección")]
    [InlineData("the second one please thank you very much")]
    [InlineData("2 Main Street")]
    public void Parse_WhenTextIsNotJustAPick_ReturnsZero(string text)
    {
        Assert.Equal(0, ChoiceNumber.Parse(text));
    }

    [Fact]
    public void Parse_WhenTextIsLong_ReturnsZeroWithoutReadingIt()
    {
        Assert.Equal(0, ChoiceNumber.Parse("two " + new string(' ', 10_000) + "please"));
    }
}
