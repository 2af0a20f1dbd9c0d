using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Speech;

namespace Elections.Bots.Core.Tests.Speech;

/// <summary>What voice renderers rely on: words said in pieces are one speech part, marked values stand apart.</summary>
public sealed class ReplyBuilderTests
{
    private static readonly DateOnly Today = new(2027, 2, 15);

    private static DialogReply Build(ReplyBuilder reply) =>
        reply.Build("Test", ReplyOutcome.Answered, SessionState.New, new AnswerTrace("Test"));

    [Fact]
    public void Build_WhenWordsAreSaidInPiecesAroundADateAndAPhone_JoinsEachRunIntoOnePart()
    {
        var reply = new ReplyBuilder(Locale.English, Today);
        reply.Say("Election Day is ").Say("on ").Date(new DateOnly(2027, 3, 9)).Say(". Call ").Phone("555-0142").Say(".");

        var built = Build(reply);

        Assert.Equal("Election Day is on Tuesday, March 9. Call 555-0142.", built.Text);
        SpeechPart[] expected =
        [
            new(SpeechKind.Text, "Election Day is on "),
            new(SpeechKind.Date, "Tuesday, March 9", "2027-03-09"),
            new(SpeechKind.Text, ". Call "),
            new(SpeechKind.Telephone, "555-0142", "5550142"),
            new(SpeechKind.Text, "."),
        ];
        Assert.Equal(expected, built.Speech.ToArray());
    }

    [Fact]
    public void Build_WhenParagraphsBreak_PausesBetweenThemButNeverAtEitherEnd()
    {
        var reply = new ReplyBuilder(Locale.English, Today);
        reply.Break().Say("First. ").Break().Say("Second.").Break();

        var built = Build(reply);

        Assert.Equal("First.\nSecond.", built.Text);
        Assert.Equal([SpeechKind.Text, SpeechKind.Pause, SpeechKind.Text], built.Speech.Select(p => p.Kind).ToArray());
    }

    [Fact]
    public void WriteOnly_WhenWordsAreForScreensOnly_WritesThemTrimmedAndSaysNothing()
    {
        var reply = new ReplyBuilder(Locale.Spanish, Today);
        reply.Say("Horario").Write(": ").WriteOnly(540, static (r, minute) => r.Say(" de ").Time(minute).Say(" ")).Say(", hoy.");

        var built = Build(reply);

        Assert.Equal("Horario: de 9:00 a. m., hoy.", built.Text);
        Assert.Equal(new SpeechPart(SpeechKind.Text, "Horario, hoy."), Assert.Single(built.Speech));
    }

    [Fact]
    public void Build_WhenTheOnlyWordsAreOneLongAnswer_HandsBackThatVeryString()
    {
        var answer = new string('a', 2000);
        var reply = new ReplyBuilder(Locale.English, Today);
        reply.Write(answer).Speak(answer);

        var built = Build(reply);

        Assert.Same(answer, built.Text);
        Assert.Same(answer, Assert.Single(built.Speech).Text);
    }
}
