using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Import.Dataset;
using Elections.Bots.Tests;

namespace Elections.Bots.Core.Tests.Dialog;

/// <summary>What a conversation remembers from turn to turn, and what it ends with.</summary>
public sealed class ConversationTests
{
    [Fact]
    public async Task ChangeLanguage_WhenVoterAsksForSpanish_AnswersEveryLaterTurnInSpanish()
    {
        var bot = new MillbrookBot("2027-02-15T10:00");

        var switched = await bot.IntentAsync(IntentNames.ChangeLanguage, (SlotNames.Language, "español"));
        var next = await bot.IntentAsync(IntentNames.NextElection);

        Assert.Equal(Locale.Spanish, switched.Locale);
        Assert.Contains("continuaré en español", switched.Text, StringComparison.Ordinal);
        Assert.Equal(Locale.Spanish, next.Locale);
        Assert.Contains("La próxima elección es Millbrook County Special Election el martes 9 de marzo (en 22 días).", next.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WhenTwoNegativeTurnsInARow_OffersAPerson()
    {
        var bot = new MillbrookBot("2027-02-15T10:00");
        var first = await bot.TurnAsync(new DialogTurn(Channel.Web, Locale.English, IntentNames.NextElection, DialogTurn.NoSlots, "this is useless", SessionState.New, Sentiment.Negative));

        var second = await bot.TurnAsync(new DialogTurn(Channel.Web, Locale.English, IntentNames.NextElection, DialogTurn.NoSlots, "still useless", SessionState.New, Sentiment.Negative));

        Assert.Equal(ReplyOutcome.Answered, first.Outcome);
        Assert.Equal(ReplyOutcome.HandedOff, second.Outcome);
        Assert.True(second.HandOff);
        Assert.Contains("555-0142", second.Text, StringComparison.Ordinal);
        Assert.Equal(0, second.Session.NegativeTurns);
    }

    [Fact]
    public async Task HandOff_OnThePhoneLine_TransfersAndEndsTheBotConversation()
    {
        var bot = new MillbrookBot("2027-02-15T10:00") { Channel = Channel.ConnectVoice };

        var reply = await bot.IntentAsync(IntentNames.HandOff);

        Assert.True(reply.HandOff);
        Assert.True(reply.EndConversation);
        Assert.Contains("I'll connect you", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WhenVoterPicksANumberedChoice_AnswersThatChoice()
    {
        var bot = new MillbrookBot("2027-02-15T10:00");
        var welcome = await bot.IntentAsync(IntentNames.Welcome);
        var third = welcome.Suggestions[2];

        var reply = await bot.SayAsync("3");

        Assert.Equal("Vote by mail", third.Label);
        Assert.Equal(IntentNames.MailBallot, reply.Intent);
    }

    [Fact]
    public async Task Stop_EndsTheConversationWithTheElectionDate()
    {
        var bot = new MillbrookBot("2027-02-15T10:00");

        var reply = await bot.IntentAsync(IntentNames.Stop);

        Assert.True(reply.EndConversation);
        Assert.Equal(ReplyOutcome.Ended, reply.Outcome);
        Assert.Contains("Election Day is Tuesday, March 9", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notices_WhenActiveEverywhere_AreSaidFirstOnEveryAnswerUntilTheyExpire()
    {
        using var folder = TemporaryDataset.CopyOfMillbrook();
        File.WriteAllText(Path.Combine(folder.Path, "notices.csv"),
            "id,text_en,text_es,uri,precinct_ids,location_ids,valid_until\n" +
            "storm,All polling places open at 9:00 a.m. because of the storm.,Todos los lugares abren a las 9:00 a.m. por la tormenta.,https://elections.millbrookcounty.example.org/storm,,,2027-02-16T00:00:00-05:00\n");
        var dataset = DatasetFolderLoader.Load(folder.Path);
        var bot = new MillbrookBot("2027-02-15T10:00", dataset);

        var during = await bot.IntentAsync(IntentNames.NextElection);
        var spanish = await new MillbrookBot("2027-02-15T10:00", dataset) { Locale = Locale.Spanish }.IntentAsync(IntentNames.MailBallot);
        bot.Clock.Advance(TimeSpan.FromDays(1));
        var after = await bot.IntentAsync(IntentNames.NextElection);

        Assert.StartsWith("Important notice: All polling places open at 9:00 a.m.", during.Text, StringComparison.Ordinal);
        Assert.StartsWith("Important notice: All polling places", during.SpokenText, StringComparison.Ordinal);
        Assert.Equal("https://elections.millbrookcounty.example.org/storm", during.Links[0].Uri);
        Assert.StartsWith("Aviso importante: Todos los lugares", spanish.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("storm", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notices_WhenScopedToAPlace_AreNotSaidOnUnrelatedAnswers()
    {
        using var folder = TemporaryDataset.CopyOfMillbrook();
        File.WriteAllText(Path.Combine(folder.Path, "notices.csv"),
            "id,text_en,text_es,uri,precinct_ids,location_ids,valid_until\n" +
            "moved,The Eastfield Community Center early voting site is closed today.,,,,pl-302,\n");
        var bot = new MillbrookBot("2027-02-23T10:00", DatasetFolderLoader.Load(folder.Path));

        var unrelated = await bot.IntentAsync(IntentNames.RegistrationDeadline);
        var early = await bot.IntentAsync(IntentNames.EarlyVoting);

        Assert.DoesNotContain("Eastfield Community Center early voting site is closed", unrelated.Text, StringComparison.Ordinal);
        Assert.StartsWith("Important notice: The Eastfield Community Center early voting site is closed today.", early.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EarlyVoting_WithoutAddress_ListsEverySiteWithItsScheduleAndTodaysStatus()
    {
        var bot = new MillbrookBot("2027-02-23T10:00");

        var reply = await bot.IntentAsync(IntentNames.EarlyVoting);

        Assert.Equal(["pl-301", "pl-302"], reply.Trace.LocationIds.ToArray());
        Assert.Contains("Millbrook County Government Center, 200 Court St, Elections Office Lobby, Room 110, Millbrook, NL 99961: February 22 to 27 and March 1 to 6, from 8:00 a.m. to 6:00 p.m.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Early voting is open today, until 6:00 p.m.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EarlyVoting_AfterItEnded_PointsToElectionDay()
    {
        var bot = new MillbrookBot("2027-03-08T10:00");

        var reply = await bot.IntentAsync(IntentNames.EarlyVoting);

        Assert.Contains("Early voting for the Millbrook County Special Election ended on Saturday, March 6.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("You can still vote on Election Day, Tuesday, March 9", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DropBoxes_WithoutAddress_ListsAllFourWithHours()
    {
        var bot = new MillbrookBot("2027-02-15T10:00");

        var reply = await bot.IntentAsync(IntentNames.DropBoxes);

        Assert.Equal(["pl-301", "pl-401", "pl-402", "pl-403"], reply.Trace.LocationIds.ToArray());
        Assert.Contains("February 8 to March 8, 24 hours a day; March 9, until 8:00 p.m.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Drop boxes are open today.", reply.Text, StringComparison.Ordinal);
    }
}
