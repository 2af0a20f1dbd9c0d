using Elections.Bots.Core.Faq;

namespace Elections.Bots.Core.Tests.Faq;

public sealed class FaqIndexTests
{
    private static readonly DateOnly Today = new(2027, 2, 15);
    private static readonly FaqIndex Index = new(TestFaq.Office);

    [Fact]
    public void Search_WhenQuestionIsReworded_IsConfidentAboutTheEntry()
    {
        var result = Index.Search("which identification should I bring when I go vote", Locale.English, Today);

        Assert.Equal(FaqDecision.Confident, result.Decision);
        Assert.Equal("id", result.Best!.Id);
    }

    [Fact]
    public void Search_WhenSynonymIsUsed_FindsTheEntryThatSaysItDifferently()
    {
        var result = Index.Search("how can I get an absentee ballot", Locale.English, Today);

        Assert.Equal("mail", result.Top?.Entry.Id);
    }

    [Theory]
    [InlineData("¿Dónde están los buzones para boletas?")]
    [InlineData("donde estan los buzones para boletas")]
    [InlineData("DÓNDE ESTÁN LOS BUZONES")]
    [InlineData("¿¿dónde están los BUZONES??")]
    public void Search_IgnoresAccentsCaseAndSpanishPunctuation(string question)
    {
        var result = Index.Search(question, Locale.Spanish, Today);

        Assert.Equal(FaqDecision.Confident, result.Decision);
        Assert.Equal("buzones", result.Best!.Id);
    }

    [Fact]
    public void Search_OnlyRanksEntriesOfTheTurnsLanguage()
    {
        var english = Index.Search("What ID do I need to vote?", Locale.Spanish, Today);
        var spanish = Index.Search("¿Qué identificación necesito para votar?", Locale.English, Today);

        Assert.All(english.Hits, h => Assert.Equal(Locale.Spanish, h.Entry.Locale));
        Assert.All(spanish.Hits, h => Assert.Equal(Locale.English, h.Entry.Locale));
        Assert.Equal("identificacion", Index.Search("¿Qué identificación necesito para votar?", Locale.Spanish, Today).Best?.Id);
    }

    [Fact]
    public void Search_WhenEntryHasExpired_NeverReturnsIt()
    {
        var index = new FaqIndex([
            TestFaq.Entry("old", Locale.English, "When is the special election?", "It was on March 9.", until: Today.AddDays(-1)),
            TestFaq.Entry("id", Locale.English, "What ID do I need to vote?", "Bring a photo ID."),
        ]);

        var result = index.Search("When is the special election?", Locale.English, Today);

        Assert.DoesNotContain(result.Hits, h => h.Entry.Id == "old");
        Assert.NotEqual(FaqDecision.Confident, result.Decision);
    }

    [Fact]
    public void Search_WhenEntryIsNotValidYet_NeverReturnsIt()
    {
        var index = new FaqIndex([TestFaq.Entry("next", Locale.English, "When is the special election?", "On March 9.", from: Today.AddDays(1))]);

        Assert.Equal(FaqSearchResult.None, index.Search("When is the special election?", Locale.English, Today));
        Assert.Equal("next", index.Search("When is the special election?", Locale.English, Today.AddDays(1)).Best?.Id);
    }

    [Fact]
    public void Search_WhenTwoEntriesFitAlike_OffersThemAsAChoice()
    {
        var index = new FaqIndex([
            TestFaq.Entry("early", Locale.English, "Where do I vote early?", "At the county library before Election Day."),
            TestFaq.Entry("eday", Locale.English, "Where do I vote on Election Day?", "At the polling place for your precinct."),
            TestFaq.Entry("id", Locale.English, "What ID do I need to vote?", "Bring a photo ID."),
            TestFaq.Entry("results", Locale.English, "When are the results posted?", "On election night."),
        ]);

        var result = index.Search("where do I vote", Locale.English, Today);

        Assert.Equal(FaqDecision.CloseCall, result.Decision);
        Assert.Equal(["early", "eday"], result.Hits.Select(h => h.Entry.Id).Order());
        Assert.Null(result.Best);
    }

    [Theory]
    [InlineData("what's the weather tomorrow")]
    [InlineData("tell me a joke")]
    [InlineData("how do I renew my passport")]
    [InlineData("who should I vote for")]
    [InlineData("which candidate is better on taxes")]
    public void Search_WhenQuestionIsOffTopicOrAsksForARecommendation_IsNeverConfident(string question)
    {
        Assert.NotEqual(FaqDecision.Confident, Index.Search(question, Locale.English, Today).Decision);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n")]
    [InlineData("😀🗳️🎉")]
    [InlineData("?!¿¡...,,,")]
    public void Search_WhenTextHasNoWords_FindsNothing(string? text)
    {
        Assert.Equal(FaqSearchResult.None, Index.Search(text, Locale.English, Today));
    }

    [Fact]
    public void Search_WhenTextIsVeryLong_ReadsItsStartAndStaysFast()
    {
        var text = "What ID do I need to vote? " + string.Concat(Enumerable.Repeat("blah ", 2000));

        var result = Index.Search(text, Locale.English, Today);

        Assert.Equal("id", result.Top?.Entry.Id);
    }

    [Fact]
    public void Search_ScoresStayBetweenZeroAndOneAndInOrder()
    {
        var result = Index.Search("request a mail ballot to vote by mail", Locale.English, Today);

        Assert.All(result.Hits, h => Assert.InRange(h.Score, 0, 1));
        Assert.Equal(result.Hits.Select(h => h.Score).OrderDescending(), result.Hits.Select(h => h.Score));
    }

    [Fact]
    public void Find_ReturnsTheEntryOfThatLanguageOnly()
    {
        Assert.Equal("mail", Index.Find("mail", Locale.English)?.Id);
        Assert.Null(Index.Find("mail", Locale.Spanish));
    }

    [Fact]
    public void Search_WhenIndexIsEmpty_FindsNothing()
    {
        Assert.Equal(FaqSearchResult.None, new FaqIndex([]).Search("What ID do I need?", Locale.English, Today));
    }

    [Fact]
    public void SpokenAnswer_WhenAnswerHasWebAddressesAndNoVoice_SaysWhereInsteadOfReadingThem()
    {
        var entry = TestFaq.Entry("web", Locale.English, "Where can I register?", "Register at www.example.org/register, or write to help@example.org.");

        var spoken = new FaqIndex([entry]).SpokenAnswer(entry);

        Assert.Equal("Register at the elections office website, or write to the elections office email.", spoken);
    }

    [Fact]
    public void SpokenAnswer_WhenEntryHasItsOwnVoice_SaysThat()
    {
        var entry = TestFaq.Entry("web", Locale.Spanish, "¿Dónde me registro?", "En www.example.org/registro.") with { Voice = "En el sitio web de la oficina." };

        Assert.Equal("En el sitio web de la oficina.", new FaqIndex([entry]).SpokenAnswer(entry));
    }
}
