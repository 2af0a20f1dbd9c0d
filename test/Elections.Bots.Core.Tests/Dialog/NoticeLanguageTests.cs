using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Tests;

namespace Elections.Bots.Core.Tests.Dialog;

/// <summary>
/// A notice the office published only in English is still said on a Spanish answer (a moved polling place matters
/// more than the language), with its English words marked as English for the voice.
/// </summary>
public sealed class NoticeLanguageTests
{
    [Fact]
    public async Task HandleAsync_WhenSpanishAnswerHasAnEnglishOnlyNotice_MarksExactlyTheBodyAsEnglish()
    {
        var bot = new MillbrookBot("2027-02-15T10:00", TemporaryDataset.MillbrookWithNotices(SampleNotices.EnglishOnly)) { Locale = Locale.Spanish };

        var reply = await bot.IntentAsync(IntentNames.NextElection);

        Assert.Equal(new SpeechPart(SpeechKind.Text, "Aviso importante (en inglés): "), reply.Speech[0]);
        Assert.Equal(new SpeechPart(SpeechKind.English, SampleNotices.EnglishBody), reply.Speech[1]);
        Assert.Single(reply.Speech, p => p.Kind == SpeechKind.English);
        Assert.StartsWith("Aviso importante (en inglés): " + SampleNotices.EnglishBody, reply.Text, StringComparison.Ordinal);
        Assert.StartsWith("Aviso importante (en inglés): " + SampleNotices.EnglishBody, reply.SpokenText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WhenEnglishOnlyNoticeHasAWebAddress_SaysTheEnglishStandInInsideTheEnglishWords()
    {
        var dataset = TemporaryDataset.MillbrookWithNotices("moved,Details at https://elections.millbrookcounty.example.org/moved today.,,,,,");
        var bot = new MillbrookBot("2027-02-15T10:00", dataset) { Locale = Locale.Spanish };

        var reply = await bot.IntentAsync(IntentNames.NextElection);

        Assert.Equal(new SpeechPart(SpeechKind.English, "Details at the elections office website today."), reply.Speech[1]);
    }

    [Fact]
    public async Task HandleAsync_WhenAnswerIsEnglish_MarksNothingAsEnglish()
    {
        var bot = new MillbrookBot("2027-02-15T10:00", TemporaryDataset.MillbrookWithNotices(SampleNotices.EnglishOnly));

        var reply = await bot.IntentAsync(IntentNames.NextElection);

        Assert.Equal(new SpeechPart(SpeechKind.Text, "Important notice: " + SampleNotices.EnglishBody), reply.Speech[0]);
        Assert.DoesNotContain(reply.Speech, p => p.Kind == SpeechKind.English);
    }

    [Fact]
    public async Task HandleAsync_WhenNoticeHasSpanishText_SaysItInSpanishWithNothingMarkedEnglish()
    {
        var bot = new MillbrookBot("2027-02-15T10:00", TemporaryDataset.MillbrookWithNotices(SampleNotices.Translated)) { Locale = Locale.Spanish };

        var reply = await bot.IntentAsync(IntentNames.NextElection);

        Assert.Equal(new SpeechPart(SpeechKind.Text, "Aviso importante: " + SampleNotices.SpanishBody), reply.Speech[0]);
        Assert.DoesNotContain(reply.Speech, p => p.Kind == SpeechKind.English);
    }
}
