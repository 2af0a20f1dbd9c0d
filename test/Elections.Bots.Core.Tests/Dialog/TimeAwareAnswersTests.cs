using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Import.Dataset;
using Elections.Bots.Tests;

namespace Elections.Bots.Core.Tests.Dialog;

/// <summary>The engine answers relative to the jurisdiction's "today": before, on and after each date that matters.</summary>
public sealed class TimeAwareAnswersTests
{
    [Fact]
    public async Task NextElection_WhenWeeksAway_GivesDateDaysLeftAndHours()
    {
        var bot = new MillbrookBot("2027-02-15T10:00");

        var reply = await bot.IntentAsync(IntentNames.NextElection);

        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.Contains("Millbrook County Special Election on Tuesday, March 9 (in 22 days)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("from 7:00 a.m. to 8:00 p.m.", reply.Text, StringComparison.Ordinal);
        Assert.Equal("ele-20270309", reply.Trace.ElectionId);
        Assert.Contains(reply.Speech, p => p.Kind == SpeechKind.Date && p.Value == "2027-03-09");
    }

    [Fact]
    public async Task RegistrationDeadline_WhenFiveDaysAway_SaysRelativeDeadlineAndSameDayRegistration()
    {
        var bot = new MillbrookBot("2027-02-17T09:00");

        var reply = await bot.IntentAsync(IntentNames.RegistrationDeadline);

        Assert.Contains("is in 5 days, on Monday, February 22.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("register in person and vote at the same time", reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Links, l => l.Uri == "https://elections.millbrookcounty.example.org/register");
    }

    [Fact]
    public async Task RegistrationDeadline_OnTheDay_SaysToday()
    {
        var bot = new MillbrookBot("2027-02-22T09:00");

        var reply = await bot.IntentAsync(IntentNames.RegistrationDeadline);

        Assert.Contains("is today, Monday, February 22.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegistrationDeadline_WhenDeadlinePassed_OffersSameDayRegistrationAtTheOffice()
    {
        var bot = new MillbrookBot("2027-02-25T09:00");

        var reply = await bot.IntentAsync(IntentNames.RegistrationDeadline);

        Assert.Contains("was Monday, February 22.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("still register in person and vote at the same time at the Millbrook County Elections Office, Millbrook County Government Center", reply.Text, StringComparison.Ordinal);
        Assert.Contains("through Election Day, Tuesday, March 9", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegistrationDeadline_InSpanish_WordsDatesInSpanish()
    {
        var bot = new MillbrookBot("2027-02-17T09:00") { Locale = Locale.Spanish };

        var reply = await bot.IntentAsync(IntentNames.RegistrationDeadline);

        Assert.Equal(Locale.Spanish, reply.Locale);
        Assert.Contains("es en 5 días, el lunes 22 de febrero.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("registrarse en persona y votar al mismo tiempo", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MailBallot_BeforeDeadline_SaysRequestDeadline()
    {
        var bot = new MillbrookBot("2027-02-28T09:00");

        var reply = await bot.IntentAsync(IntentNames.MailBallot);

        Assert.Contains("your request must be in by Tuesday, March 2 (in 2 days).", reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Links, l => l.Uri == "https://elections.millbrookcounty.example.org/mail-ballot");
    }

    [Fact]
    public async Task MailBallot_WhenRequestDeadlinePassed_SaysSoAndOffersVotingInPerson()
    {
        var bot = new MillbrookBot("2027-03-04T09:00");

        var reply = await bot.IntentAsync(IntentNames.MailBallot);

        Assert.Contains("The deadline to request a mail ballot for the Millbrook County Special Election was Tuesday, March 2.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("vote in person, early or on Election Day, Tuesday, March 9", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-03-09T06:15", "Polls open today at 7:00 a.m. and close at 8:00 p.m.")]
    [InlineData("2027-03-09T13:00", "Polls are open now, until 8:00 p.m. today.")]
    [InlineData("2027-03-09T20:30", "Polls closed today at 8:00 p.m.")]
    public async Task ElectionHours_OnElectionDay_AnswersByTheClock(string now, string expected)
    {
        var bot = new MillbrookBot(now);

        var reply = await bot.IntentAsync(IntentNames.ElectionHours);

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextElection_OnElectionDayEvening_UsesLocalDateNotUtc()
    {
        // 21:30 in Millbrook is already March 10 in UTC; the local date is still Election Day.
        var bot = new MillbrookBot("2027-03-09T21:30");

        var reply = await bot.IntentAsync(IntentNames.NextElection);

        Assert.Contains("Today is Election Day", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Polls closed today at 8:00 p.m.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextElection_AfterTheLastElection_SaysNoneUpcomingAndWhereResultsAre()
    {
        var bot = new MillbrookBot("2027-03-10T09:00");

        var reply = await bot.IntentAsync(IntentNames.NextElection);

        Assert.Contains("no upcoming election", reply.Text, StringComparison.Ordinal);
        Assert.Contains("The most recent was the Millbrook County Special Election, on Tuesday, March 9, 2027.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("https://elections.millbrookcounty.example.org/results", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", reply.SpokenText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ElectionHours_WhenFeedHasOnlyPollingHoursText_SaysThatText()
    {
        using var folder = TemporaryDataset.CopyOfMillbrook();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "past-election.txt"), Path.Combine(folder.FeedPath, "election.txt"), overwrite: true);
        var bot = new MillbrookBot("2026-10-20T09:00", DatasetFolderLoader.Load(folder.Path));

        var reply = await bot.IntentAsync(IntentNames.ElectionHours);

        Assert.Contains("On Election Day, Tuesday, November 3, polls are open 7:00 a.m. to 8:00 p.m.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegistrationDeadline_WhenPastElectionLoaded_NeverPresentsItAsUpcoming()
    {
        using var folder = TemporaryDataset.CopyOfMillbrook();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "past-election.txt"), Path.Combine(folder.FeedPath, "election.txt"), overwrite: true);
        var bot = new MillbrookBot("2026-11-25T09:00", DatasetFolderLoader.Load(folder.Path));

        var reply = await bot.IntentAsync(IntentNames.RegistrationDeadline);

        Assert.Contains("no upcoming election", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Northland General Election, on Tuesday, November 3, 2026", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("October 19", reply.Text, StringComparison.Ordinal);
    }
}
