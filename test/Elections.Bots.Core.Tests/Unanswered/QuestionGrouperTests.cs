using System.Collections.Immutable;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Unanswered;
using Elections.Bots.Tests;

namespace Elections.Bots.Core.Tests.Unanswered;

public sealed class QuestionGrouperTests
{
    private static readonly string[] Dogs =
    [
        "Can I bring my dog to the polling place?", "can i bring my dog when i vote", "Is my dog allowed at the polling place?",
        "are dogs allowed at the polls", "I live at [address], can I bring my dog to vote?",
        // The clause that held the address is context: it must not pull the question out of its group.
        "can my dog come with me when I vote, I live at [address] near [name]",
    ];

    private static readonly string[] Parking =
        ["Is there parking at the polling place?", "is parking free at my polling location", "parking at the polls?"];

    private static readonly string[] Results =
        ["who won the last election", "what were the results of the last election", "last election results"];

    private static readonly string[] Unrelated = ["can I vote with a felony", "can I vote by mail", "vote?"];

    private static IEnumerable<UnansweredQuestion> Questions(Locale locale, params string[] texts) =>
        texts.Select((text, i) => new UnansweredQuestion(text, (Channel)(i % 3), locale, new DateOnly(2027, 3, 1).AddDays(i), UnansweredReason.NoMatch));

    private static ImmutableArray<QuestionGroup> Group(IEnumerable<UnansweredQuestion> questions) =>
        QuestionGrouper.Group(questions, MillbrookBot.LoadSample().Facts.Faq);

    [Fact]
    public void Group_ParaphrasesOfOneQuestion_MakeOneGroupEach()
    {
        var groups = Group(Questions(Locale.English, [.. Dogs, .. Parking, .. Results, .. Unrelated]));

        Assert.Equal(Dogs.Order(), GroupHolding(groups, Dogs[0]).Wordings.Order());
        Assert.Equal(Parking.Order(), GroupHolding(groups, Parking[0]).Wordings.Order());
        Assert.Equal(Results.Order(), GroupHolding(groups, Results[0]).Wordings.Order());
        Assert.All(Unrelated, text => Assert.Equal(1, GroupHolding(groups, text).Count));
        Assert.Equal(Dogs.Length, groups[0].Count);
    }

    [Fact]
    public void Group_SpanishParaphrases_GroupWithoutMeetingEnglish()
    {
        string[] spanish = ["¿Puedo llevar a mi perro a votar?", "puedo ir con mi perro a votar"];

        var groups = Group(Questions(Locale.Spanish, spanish).Concat(Questions(Locale.English, Dogs)));

        var group = GroupHolding(groups, spanish[0]);
        Assert.Equal(Locale.Spanish, group.Locale);
        Assert.Equal(spanish.Order(), group.Wordings.Order());
    }

    [Fact]
    public void Group_SummarizesCountsChannelsAndDays()
    {
        var questions = Questions(Locale.English, Parking).Append(
            new UnansweredQuestion(Parking[0], Channel.Alexa, Locale.English, new DateOnly(2027, 2, 27), UnansweredReason.CloseCall)).ToList();

        var group = Assert.Single(Group(questions));

        Assert.Equal(4, group.Count);
        Assert.Equal(Parking[0], group.Example);
        Assert.Equal(1, group.CloseCalls);
        Assert.Equal(new DateOnly(2027, 2, 27), group.FirstDay);
        Assert.Equal(new DateOnly(2027, 3, 3), group.LastDay);
        Assert.Equal(4, group.Channels.Values.Sum());
        Assert.Equal(1, group.Channels[Channel.Alexa]);
    }

    [Fact]
    public void Group_WhenAQuestionHasNoWordsLeft_LeavesItOut()
    {
        var groups = Group(Questions(Locale.English, "[phone]", "[address] [number]", Parking[0]));

        Assert.Equal(Parking[0], Assert.Single(groups).Example);
    }

    private static QuestionGroup GroupHolding(ImmutableArray<QuestionGroup> groups, string text) =>
        Assert.Single(groups, g => g.Wordings.Contains(text));
}
