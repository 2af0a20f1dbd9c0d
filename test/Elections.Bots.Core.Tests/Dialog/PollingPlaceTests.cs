using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Tests;

namespace Elections.Bots.Core.Tests.Dialog;

/// <summary>Address → precinct → the right place: the answer a voter acts on, so every sample address is checked.</summary>
public sealed class PollingPlaceTests
{
    public static TheoryData<string, string, string> SampleAddresses()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(RepositoryPaths.Sample("addresses.csv")).Skip(1))
        {
            var address = line[1..line.IndexOf('"', 1)];
            var rest = line[(address.Length + 3)..].Split(',');
            data.Add(address, rest[0], rest[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SampleAddresses))]
    public async Task PollingPlace_ForEverySampleAddress_GivesTheExpectedPlaceOrSaysWhyNot(string address, string expectedPlace, string expectedPrecinct)
    {
        var bot = new MillbrookBot("2027-02-17T10:00");

        var reply = await bot.PollingPlaceAsync(address);

        if (expectedPrecinct.Length == 0)
        {
            Assert.Equal(ReplyOutcome.Fallback, reply.Outcome);
            Assert.Equal("address-outside", reply.Trace.Detail);
            Assert.Contains("doesn't seem to be in Millbrook County", reply.Text, StringComparison.Ordinal);
            Assert.Empty(reply.Trace.LocationIds);
            return;
        }
        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.Equal(expectedPrecinct, reply.Trace.PrecinctId);
        if (expectedPlace.Length == 0)
        {
            Assert.Contains("votes by mail only", reply.Text, StringComparison.Ordinal);
            Assert.Empty(reply.Trace.LocationIds);
        }
        else
        {
            Assert.Equal([expectedPlace], reply.Trace.LocationIds.ToArray());
            var place = bot.Dataset.Facts.Locations[expectedPlace];
            Assert.Contains($" is {place.Name}, {place.Address.ToSingleLine()}.", reply.Text, StringComparison.Ordinal);
            Assert.Contains("open from 7:00 a.m. to 8:00 p.m. on Election Day", reply.Text, StringComparison.Ordinal);
            Assert.Contains(place.Directions!, reply.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PollingPlace_InSpanish_SaysThePlaceInSpanish()
    {
        var bot = new MillbrookBot("2027-02-17T10:00") { Locale = Locale.Spanish };

        var reply = await bot.PollingPlaceAsync("1150 N Main St, Millbrook, NL 99961");

        Assert.StartsWith("Su lugar de votación para Millbrook County Special Election el martes 9 de marzo (en 20 días) es Oak Ridge Elementary School Gym", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Está abierto de 7:00 a. m. a 8:00 p. m. el día de la elección.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollingPlace_InSpanishWithSpanishDirections_SpeaksAndShowsThem()
    {
        var bot = new MillbrookBot("2027-02-17T10:00") { Locale = Locale.Spanish, Channel = Channel.ConnectVoice };
        var place = bot.Dataset.Facts.Locations["pl-201"];

        var reply = await bot.PollingPlaceAsync("401 N Main St, Millbrook, NL 99961");

        Assert.Contains(place.DirectionsSpanish!, reply.Text, StringComparison.Ordinal);
        Assert.Contains(place.DirectionsSpanish!, reply.SpokenText, StringComparison.Ordinal);
        Assert.DoesNotContain(place.Directions!, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollingPlace_InSpanishWithEnglishOnlyDirections_ShowsThemLabelledAndSpeaksThemAsEnglish()
    {
        var bot = new MillbrookBot("2027-02-17T10:00") { Locale = Locale.Spanish, Channel = Channel.ConnectVoice };
        var place = bot.Dataset.Facts.Locations["pl-202"];
        Assert.Null(place.DirectionsSpanish);

        var reply = await bot.PollingPlaceAsync("1150 N Main St, Millbrook, NL 99961");

        Assert.Contains("Indicaciones (en inglés): " + place.Directions, reply.Text, StringComparison.Ordinal);
        var english = Assert.Single(reply.Speech, p => p.Kind == SpeechKind.English);
        Assert.Equal(place.Directions, english.Text);
        Assert.DoesNotContain(reply.Speech, p => p.Kind == SpeechKind.Text && p.Text.Contains("gym doors", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FollowUp_AfterPollingPlace_ReusesTheAddressForEarlyVotingAndDropBoxes()
    {
        var bot = new MillbrookBot("2027-02-17T10:00");
        await bot.PollingPlaceAsync("55 W Main St, Eastfield, NL 99964");

        var early = await bot.IntentAsync(IntentNames.EarlyVoting);
        var boxes = await bot.IntentAsync(IntentNames.DropBoxes);

        Assert.Equal("pre-107", early.Trace.PrecinctId);
        Assert.Equal("pre-107", boxes.Trace.PrecinctId);
        Assert.Equal("55 W MAIN ST, EASTFIELD, NL 99964", boxes.Session.Address);
    }

    [Fact]
    public async Task PollingPlace_WhenStreetInTwoTownsAndNoZip_AsksForTheZipThenAnswers()
    {
        var bot = new MillbrookBot("2027-02-17T10:00");

        var question = await bot.PollingPlaceAsync("250 Maple St");
        var answer = await bot.PollingPlaceAsync("99966");

        Assert.Equal(ReplyOutcome.Elicited, question.Outcome);
        Assert.Equal(SlotNames.Address, question.ElicitSlot);
        Assert.Contains("Which town is Maple St in? Please tell me your town or ZIP code. It could be Birch Corners, Millbrook or Pine Hollow.", question.Text, StringComparison.Ordinal);
        Assert.Contains("Maple Street", question.SpokenText, StringComparison.Ordinal);
        Assert.Null(question.Trace.PrecinctId);
        Assert.Equal("pre-110", answer.Trace.PrecinctId);
        Assert.Equal(["pl-207"], answer.Trace.LocationIds.ToArray());
    }

    [Fact]
    public async Task PollingPlace_WhenDirectionalDecidesAndIsMissing_AsksInsteadOfGuessing()
    {
        var bot = new MillbrookBot("2027-02-17T10:00");

        var reply = await bot.PollingPlaceAsync("220 Harbor Rd, Millbrook, NL 99962");

        Assert.Equal(ReplyOutcome.Elicited, reply.Outcome);
        Assert.Null(reply.Trace.PrecinctId);
        Assert.Empty(reply.Trace.LocationIds);
    }

    [Fact]
    public async Task PollingPlace_OnElectionDayAfterPollsClose_SaysTheyClosed()
    {
        var bot = new MillbrookBot("2027-03-09T20:15");

        var reply = await bot.PollingPlaceAsync("401 N Main St, Millbrook, NL 99961");

        Assert.Contains("Polls closed today at 8:00 p.m.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollingPlace_NeverPutsTheAddressInTheTrace()
    {
        var bot = new MillbrookBot("2027-02-17T10:00");

        var reply = await bot.PollingPlaceAsync("417 21st St, Millbrook, NL 99962");

        var trace = reply.Trace.ToString();
        Assert.DoesNotContain("417", trace, StringComparison.Ordinal);
        Assert.DoesNotContain("21st", trace, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("pre-105", reply.Trace.PrecinctId);
    }
}
