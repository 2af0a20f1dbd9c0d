using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Tests.Text;

public sealed class TextAnalyzerTests
{
    [Theory]
    [InlineData("votes", "voted", "voting", "vote")]
    [InlineData("registered", "registering", "registers", "register")]
    [InlineData("ballots", "ballot", "ballot", "ballot")]
    [InlineData("parties", "party", "party", "party")]
    [InlineData("boxes", "box", "box", "box")]
    public void Stem_EnglishInflections_MeetOneStem(string a, string b, string c, string d)
    {
        var analyzer = TextAnalyzer.ForSearch(Locale.English);

        Assert.Single(new[] { a, b, c, d }.Select(w => Stem(analyzer, w)).Distinct());
    }

    [Theory]
    [InlineData("registro", "registrarme", "registrado", "registrarse")]
    [InlineData("boletas", "boleta", "boleta", "boletas")]
    [InlineData("buzones", "buzón", "buzon", "buzones")]
    [InlineData("votar", "voto", "votos", "votó")]
    [InlineData("cambié", "cambiar", "cambiarme", "cambio")]
    public void Stem_SpanishInflections_MeetOneStem(string a, string b, string c, string d)
    {
        var analyzer = TextAnalyzer.ForSearch(Locale.Spanish);

        Assert.Single(new[] { a, b, c, d }.Select(w => Stem(analyzer, w)).Distinct());
    }

    [Theory]
    [InlineData("absentee ballot", "mail ballot")]
    [InlineData("sign up to vote", "register to vote")]
    [InlineData("signed me up", "registration")]
    [InlineData("nearest dropbox", "closest drop box")]
    [InlineData("my boss", "my employer")]
    [InlineData("a fixed address", "a permanent address")]
    public void AnalyzeToStrings_EnglishSynonymsAndPhrases_ShareTerms(string a, string b)
    {
        var analyzer = TextAnalyzer.ForSearch(Locale.English);

        Assert.Equal(analyzer.AnalyzeToStrings(b), analyzer.AnalyzeToStrings(a));
    }

    [Theory]
    [InlineData("voto ausente", "voto por correo")]
    [InlineData("inscribirme", "registrarme")]
    [InlineData("depositar mi boleta", "buzón para mi boleta")]
    [InlineData("fecha límite", "último día")]
    public void AnalyzeToStrings_SpanishSynonymsAndPhrases_ShareTerms(string a, string b)
    {
        var analyzer = TextAnalyzer.ForSearch(Locale.Spanish);

        Assert.Equal(analyzer.AnalyzeToStrings(b), analyzer.AnalyzeToStrings(a));
    }

    [Fact]
    public void AnalyzeToStrings_FixIsNotAPermanentAddress()
    {
        var analyzer = TextAnalyzer.ForSearch(Locale.English);

        Assert.NotEqual(analyzer.AnalyzeToStrings("fixed"), analyzer.AnalyzeToStrings("fix"));
    }

    [Fact]
    public void AnalyzeToStrings_KeepsQuestionWordsOnlyWhereTheyAsk()
    {
        var analyzer = TextAnalyzer.ForSearch(Locale.English);

        Assert.Contains("who", analyzer.AnalyzeToStrings("Who can help voters?"));
        Assert.DoesNotContain(analyzer.AnalyzeToStrings("machines for voters who can't see"), t => t == "who");
        Assert.Contains(analyzer.AnalyzeToStrings("How and when do I return it?"), t => t == "when");
    }

    [Fact]
    public void AnalyzeToStrings_SpanishQuestionWordAfterAPreposition_StillAsks()
    {
        var analyzer = TextAnalyzer.ForSearch(Locale.Spanish);

        Assert.Contains(analyzer.AnalyzeToStrings("¿A dónde tengo que ir a votar?"), t => t.StartsWith("dond", StringComparison.Ordinal));
    }

    [Fact]
    public void ForIntents_KeepsTheWordsThatTellIntentsApart()
    {
        var terms = TextAnalyzer.ForIntents(Locale.English).AnalyzeToStrings("am I registered");

        Assert.Contains("am", terms);
        Assert.Contains("i", terms);
    }

    private static string Stem(TextAnalyzer analyzer, string word)
    {
        var folded = TextFolding.FoldWord(word).ToCharArray();
        return new string(folded, 0, analyzer.Stem(folded));
    }
}
