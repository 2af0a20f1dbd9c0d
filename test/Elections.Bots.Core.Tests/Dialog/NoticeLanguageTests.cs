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
    private const string EnglishBody = "Fish & Game Hall <Room 2> is closed today; vote at Millbrook Library instead.";
    private const string Untranslated = "closed," + EnglishBody + ",,,,,";
    private const string Translated = "closed," + EnglishBody + ",Fish & Game Hall está cerrado hoy.,,,,";

    [Fact]
    public async Task HandleAsync_WhenSpanishAnswerHasAnEnglishOnlyNotice_MarksExactlyTheBodyAsEnglish()
    {
        var bot = new MillbrookBot("2027-02-15T10:00", TemporaryDataset.MillbrookWithNotices(Untranslated)) { Locale = Locale.Spanish };

        var reply = await bot.IntentAsync(IntentNames.NextElection);

        Assert.Equal(new SpeechPart(SpeechKind.Text, "Aviso importante (en inglés): "), reply.Speech[0]);
        Assert.Equal(new SpeechPart(SpeechKind.English, EnglishBody), reply.Speech[1]);
        Assert.Single(reply.Speech, p => p.Kind == SpeechKind.English);
        Assert.StartsWith("Aviso importante (en inglés): " + EnglishBody, reply.Text, StringComparison.Ordinal);
        Assert.StartsWith("Aviso importante (en inglés): " + EnglishBody, reply.SpokenText, StringComparison.Ordinal);
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
        var bot = new MillbrookBot("2027-02-15T10:00", TemporaryDataset.MillbrookWithNotices(Untranslated));

        var reply = await bot.IntentAsync(IntentNames.NextElection);

        Assert.Equal(new SpeechPart(SpeechKind.Text, "Important notice: " + EnglishBody), reply.Speech[0]);
        Assert.DoesNotContain(reply.Speech, p => p.Kind == SpeechKind.English);
    }

    [Fact]
    public async Task HandleAsync_WhenNoticeHasSpanishText_SaysItInSpanishWithNothingMarkedEnglish()
    {
        var bot = new MillbrookBot("2027-02-15T10:00", TemporaryDataset.MillbrookWithNotices(Translated)) { Locale = Locale.Spanish };

        var reply = await bot.IntentAsync(IntentNames.NextElection);

        Assert.Equal(new SpeechPart(SpeechKind.Text, "Aviso importante: Fish & Game Hall está cerrado hoy."), reply.Speech[0]);
        Assert.DoesNotContain(reply.Speech, p => p.Kind == SpeechKind.English);
    }
}
