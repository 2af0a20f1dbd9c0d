using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("¿Dónde VOTO, señor?", "donde voto senor")]
    [InlineData("What's my polling place?", "what my polling place")]
    [InlineData("I don't know; we can't; it won't", "i do know we can it will")]
    [InlineData("I'd like an ID", "i like an id")]
    [InlineData("e-mail the mail-in ballot", "email the mail in ballot")]
    [InlineData("curbside 🚗 voting ✔️ 2027", "curbside voting 2027")]
    [InlineData("Ñandú Über façade", "nandu uber facade")]
    [InlineData("O'Brien’s ballot", "obrien ballot")]
    public void Tokenize_FoldsWordsAndResolvesContractions(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Words(text)));
    }

    [Fact]
    public void Tokenize_KeepsWhereEachWordCameFrom()
    {
        Span<char> folded = stackalloc char[Tokenizer.MaxChars];
        Span<Token> tokens = stackalloc Token[Tokenizer.MaxTokens];
        const string Text = "Vivo en 12 Oak St.";

        var count = Tokenizer.Tokenize(Text, folded, tokens);

        Assert.Equal(5, count);
        Assert.Equal("12", Text[tokens[2].SourceStart..tokens[2].SourceEnd]);
        Assert.Equal("St", Text[tokens[4].SourceStart..tokens[4].SourceEnd]);
    }

    [Fact]
    public void Tokenize_MarksWordsThatStartAClause()
    {
        Span<char> folded = stackalloc char[Tokenizer.MaxChars];
        Span<Token> tokens = stackalloc Token[Tokenizer.MaxTokens];

        var count = Tokenizer.Tokenize("Who helps voters who can't see? When, then.", folded, tokens);

        Assert.Equal([true, false, false, false, false, false, true, true], tokens[..count].ToArray().Select(t => t.StartsClause));
    }

    [Fact]
    public void Tokenize_WhenTextIsHuge_StopsAtTheWordLimit()
    {
        Span<char> folded = stackalloc char[Tokenizer.MaxChars];
        Span<Token> tokens = stackalloc Token[Tokenizer.MaxTokens];
        var text = string.Concat(Enumerable.Repeat("ab ", 10_000));

        var count = Tokenizer.Tokenize(text, folded, tokens);

        Assert.Equal(Tokenizer.MaxTokens, count);
    }

    private static List<string> Words(string text)
    {
        var folded = new char[Tokenizer.MaxChars];
        var tokens = new Token[Tokenizer.MaxTokens];
        var count = Tokenizer.Tokenize(text, folded, tokens);
        return [.. tokens[..count].Select(t => new string(folded, t.Start, t.Length))];
    }
}
