using System.Xml.Linq;
using Elections.Bots.Alexa.Rendering;
using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa.Tests.Rendering;

public sealed class SsmlBuilderTests
{
    private static string Speak(params SpeechPart[] parts) =>
        new SsmlBuilder(Locale.English, Locale.English).Parts([.. parts]).Build();

    private static SpeechPart Text(string text) => new(SpeechKind.Text, text);

    [Fact]
    public void Build_WhenTextHasXmlSpecials_EscapesThem()
    {
        var ssml = Speak(Text("Q&A <today> at \"Town Hall\" isn't open"));

        Assert.Equal("<speak>Q&amp;A &lt;today&gt; at &quot;Town Hall&quot; isn&apos;t open</speak>", ssml);
        Assert.Equal("Q&A <today> at \"Town Hall\" isn't open", XElement.Parse(ssml).Value);
    }

    [Fact]
    public void Build_WhenDateWordedWithoutYear_SaysWeekdayThenDateWithUnknownYear()
    {
        var ssml = Speak(Text("Election day is "), new SpeechPart(SpeechKind.Date, "Tuesday, March 9", "2027-03-09"), Text("."));

        Assert.Equal("<speak>Election day is Tuesday, <say-as interpret-as='date'>????0309</say-as>.</speak>", ssml);
    }

    [Fact]
    public void Build_WhenDateWordedWithYear_KeepsTheYear()
    {
        var ssml = Speak(new SpeechPart(SpeechKind.Date, "March 9, 2027", "2027-03-09"));

        Assert.Equal("<speak><say-as interpret-as='date'>20270309</say-as></speak>", ssml);
    }

    [Fact]
    public void Build_WhenSpanishDate_KeepsTheSpanishWeekday()
    {
        var ssml = new SsmlBuilder(Locale.Spanish, Locale.Spanish)
            .Part(new SpeechPart(SpeechKind.Date, "el martes 9 de marzo", "2027-03-09")).Build();

        Assert.Equal("<speak>martes <say-as interpret-as='date'>????0309</say-as></speak>", ssml);
    }

    [Theory]
    [InlineData("03/09/2027")]
    [InlineData(null)]
    [InlineData("2027-02-30")]
    public void Build_WhenDateValueIsNotIso_SaysTheWords(string? value) =>
        Assert.Equal("<speak>March 9</speak>", Speak(new SpeechPart(SpeechKind.Date, "March 9", value)));

    [Theory]
    [InlineData("5550142", "5550142")]
    [InlineData("5555550142", "5555550142")]
    [InlineData("+1 (555) 555-0142", "5555550142")]
    public void Build_WhenTelephone_SaysItAsTelephone(string value, string digits) =>
        Assert.Equal($"<speak><say-as interpret-as='telephone'>{digits}</say-as></speak>",
            Speak(new SpeechPart(SpeechKind.Telephone, "five five five...", value)));

    [Theory]
    [InlineData("911")]
    [InlineData("123456789012")]
    [InlineData(null)]
    public void Build_WhenTelephoneIsNotSevenOrTenDigits_SaysTheWords(string? value) =>
        Assert.Equal("<speak>the office</speak>", Speak(new SpeechPart(SpeechKind.Telephone, "the office", value)));

    [Fact]
    public void Build_WhenTime_SaysTheWordsBecauseAlexaTimeMeansADuration() =>
        Assert.Equal("<speak>7 p.m.</speak>", Speak(new SpeechPart(SpeechKind.Time, "7 p.m.", "19:00")));

    [Fact]
    public void Build_WhenPause_WritesABreak() =>
        Assert.Equal("<speak>One.<break time='300ms'/>Two.</speak>", Speak(Text("One."), new SpeechPart(SpeechKind.Pause, ""), Text("Two.")));

    [Fact]
    public void Build_WhenTextHoldsAUrl_LeavesTheUrlOut()
    {
        var ssml = Speak(Text("See https://vote.example.gov/register or www.example.gov for details."));

        Assert.Equal("<speak>See or for details.</speak>", ssml);
    }

    [Fact]
    public void Build_WhenTextHasCharactersXmlCannotHold_StillParses()
    {
        var ssml = Speak(Text("bad\u0001char \uD800lone and 😀 pair\uFFFF"));

        var spoken = XElement.Parse(ssml).Value;
        Assert.Equal("bad char lone and 😀 pair ", spoken);
    }

    [Fact]
    public void Build_WhenTextIsLongerThanTheLimit_CutsAtAWordAndStaysWellFormed()
    {
        var words = string.Join(' ', Enumerable.Repeat("R&D", 4000));

        var builder = new SsmlBuilder(Locale.English, Locale.English).Text(words).Part(new SpeechPart(SpeechKind.Telephone, "", "5550142"));
        var ssml = builder.Build();

        Assert.True(builder.Truncated);
        Assert.InRange(ssml.Length, 7900, 8000);
        Assert.EndsWith("R&amp;D</speak>", ssml, StringComparison.Ordinal);
        Assert.DoesNotContain("say-as", ssml, StringComparison.Ordinal);
        XElement.Parse(ssml);
    }

    [Fact]
    public void Build_WhenMarkupDoesNotFit_LeavesItOutWhole()
    {
        var ssml = new SsmlBuilder(Locale.English, Locale.English, maxLength: 40).Text("Call ").Part(new SpeechPart(SpeechKind.Telephone, "", "5550142")).Build();

        Assert.Equal("<speak>Call </speak>", ssml);
    }

    [Fact]
    public void Build_WhenSpeechIsSpanishOnAnEnglishDevice_WrapsItInLang()
    {
        var ssml = new SsmlBuilder(Locale.Spanish, Locale.English).Text("Hola").Build();

        Assert.Equal("<speak><lang xml:lang='es-US'>Hola</lang></speak>", ssml);
    }

    [Fact]
    public void Part_WhenEnglishWordsOnASpanishDevice_WrapsThemInEnglishLang()
    {
        var ssml = new SsmlBuilder(Locale.Spanish, Locale.Spanish).Text("Aviso: ").Part(new SpeechPart(SpeechKind.English, "Closed & moved.")).Text(" Fin").Build();

        Assert.Equal("<speak>Aviso: <lang xml:lang='en-US'>Closed &amp; moved.</lang> Fin</speak>", ssml);
    }

    [Fact]
    public void Part_WhenEnglishWordsInSpanishOnAnEnglishDevice_SaysThemOutsideTheSpanishLangWithoutNesting()
    {
        var ssml = new SsmlBuilder(Locale.Spanish, Locale.English).Text("Aviso: ").Part(new SpeechPart(SpeechKind.English, "Closed.")).Text(" Fin").Build();

        Assert.Equal("<speak><lang xml:lang='es-US'>Aviso: </lang>Closed.<lang xml:lang='es-US'> Fin</lang></speak>", ssml);
    }

    [Fact]
    public void Part_WhenEnglishWordsInAnEnglishAnswer_SaysThemPlain()
    {
        Assert.Equal("<speak>Closed.</speak>", Speak(new SpeechPart(SpeechKind.English, "Closed.")));
    }

    [Theory]
    [InlineData(Locale.Spanish, Locale.Spanish)]
    [InlineData(Locale.Spanish, Locale.English)]
    public void Build_WhenLimitCutsTheEnglishWords_StaysWellFormedAndWithinTheLimit(Locale speech, Locale device)
    {
        for (var max = 30; max <= 140; max++)
        {
            var ssml = new SsmlBuilder(speech, device, maxLength: max).Text("Aviso importante: ")
                .Part(new SpeechPart(SpeechKind.English, "Fish & Game Hall is closed today & tomorrow."))
                .Text(" Vote en la biblioteca.").Build();

            Assert.True(ssml.Length <= max, $"{ssml.Length} > {max}: {ssml}");
            XElement.Parse(ssml);
            Assert.DoesNotContain("<lang xml:lang='en-US'><lang", ssml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void IsEmpty_WhenNothingSaid_IsTrue()
    {
        Assert.True(new SsmlBuilder(Locale.Spanish, Locale.English).IsEmpty);
        Assert.False(new SsmlBuilder(Locale.English, Locale.English).Text("x").IsEmpty);
    }
}
