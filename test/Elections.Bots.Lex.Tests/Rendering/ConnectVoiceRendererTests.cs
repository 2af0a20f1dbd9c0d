using System.Xml;
using System.Xml.Linq;
using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Lex.Rendering;
using Elections.Bots.Lex.Tests.Support;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Tests.Rendering;

public sealed class ConnectVoiceRendererTests
{
    private static List<string> Render(DialogReply reply)
    {
        var messages = new List<LexMessage>();
        ConnectVoiceRenderer.Render(reply, messages);
        Assert.All(messages, m => Assert.Equal(LexContentTypes.Ssml, m.ContentType));
        return [.. messages.Select(m => m.Content!)];
    }

    private static void AssertWellFormed(string ssml)
    {
        using var reader = XmlReader.Create(new StringReader(ssml));
        while (reader.Read()) { }
    }

    [Fact]
    public void Render_WhenSpeechHasPhoneAndDate_MarksThemWithSayAs()
    {
        var reply = Replies.Answer("ContactOffice", "x") with
        {
            Speech =
            [
                new SpeechPart(SpeechKind.Text, "Election Day is "),
                new SpeechPart(SpeechKind.Date, "Tuesday, March 9, 2027", "2027-03-09"),
                new SpeechPart(SpeechKind.Text, ". Call "),
                new SpeechPart(SpeechKind.Telephone, "555-0142", "5550142"),
                new SpeechPart(SpeechKind.Text, "."),
            ],
        };

        var ssml = Assert.Single(Render(reply));

        Assert.Equal("<speak>Election Day is Tuesday, <say-as interpret-as=\"date\" format=\"yyyymmdd\">20270309</say-as>. Call " +
                     "<say-as interpret-as=\"telephone\">5550142</say-as>.</speak>", ssml);
    }

    [Fact]
    public void Render_WhenDateLeavesTheYearOut_SaysItWithoutAYear()
    {
        var reply = Replies.Answer("NextElection", "x", Locale.Spanish) with
        {
            Speech = [new SpeechPart(SpeechKind.Text, "Es el "), new SpeechPart(SpeechKind.Date, "martes 9 de marzo", "2027-03-09")],
        };

        Assert.Equal("<speak>Es el martes <say-as interpret-as=\"date\" format=\"yyyymmdd\">????0309</say-as></speak>", Assert.Single(Render(reply)));
    }

    [Fact]
    public void Render_WhenTextHasMarkupCharacters_EscapesThem()
    {
        var reply = Replies.Answer("AskQuestion", "x") with { Speech = [new SpeechPart(SpeechKind.Text, "Fish & Game <office> \"Q&A\"")] };

        var ssml = Assert.Single(Render(reply));

        AssertWellFormed(ssml);
        Assert.Contains("Fish &amp; Game &lt;office&gt;", ssml, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WhenEnglishWordsSpillIntoTheNextMessage_WrapsEachPieceInItsOwnLang()
    {
        var sentence = "Fish & Game Hall is closed today, so vote at the Millbrook Library instead. ";
        var body = string.Concat(Enumerable.Repeat(sentence, 20)).TrimEnd();
        var reply = Replies.Answer("NextElection", "x", Locale.Spanish) with
        {
            Speech = [new SpeechPart(SpeechKind.Text, "Aviso importante (en inglés): "), new SpeechPart(SpeechKind.English, body)],
        };

        var messages = Render(reply);

        Assert.True(messages.Count >= 2, string.Join("\n", messages));
        Assert.All(messages, m => Assert.True(m.Length <= LexLimits.MaxContentLength, m));
        var pieces = messages.Select(m => XElement.Parse(m)).SelectMany(speak => speak.Elements("lang")).ToList();
        Assert.Equal(messages.Count, pieces.Count);
        Assert.All(pieces, lang => Assert.Equal("en-US", (string?)lang.Attribute(XNamespace.Xml + "lang")));
        Assert.Equal(body, string.Join(" ", pieces.Select(lang => lang.Value.Trim())));
    }

    [Fact]
    public void Render_WhenEnglishWordsInAnEnglishAnswer_SaysThemPlain()
    {
        var reply = Replies.Answer("NextElection", "x") with { Speech = [new SpeechPart(SpeechKind.English, "Closed today.")] };

        Assert.Equal("<speak>Closed today.</speak>", Assert.Single(Render(reply)));
    }

    [Fact]
    public void Render_WhenReplyOffersChoices_SaysPressNForEach()
    {
        var reply = Replies.WithSuggestions(Replies.Answer("Help", "Hello."), ("Where do I vote?", "Where do I vote?"), ("Early voting", "Early voting"));

        var ssml = Assert.Single(Render(reply));

        Assert.Contains("For Where do I vote, press 1.", ssml, StringComparison.Ordinal);
        Assert.Contains("For Early voting, press 2.", ssml, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WhenSpeechIsLongerThanOneMessage_SplitsIntoWellFormedMessagesWithinTheLimit()
    {
        var sentence = "Drop boxes are open around the clock until eight at night on Election Day & they are monitored. ";
        var reply = Replies.Answer("DropBoxes", "x") with { Speech = [new SpeechPart(SpeechKind.Text, string.Concat(Enumerable.Repeat(sentence, 40)))] };

        var messages = Render(reply);

        Assert.InRange(messages.Count, 4, 10);
        Assert.All(messages, m => Assert.InRange(m.Length, 1, 1024));
        Assert.All(messages, AssertWellFormed);
    }

    [Fact]
    public void Render_WhenSpeechIsHuge_StopsAtTenMessages()
    {
        var reply = Replies.Answer("AskQuestion", "x") with { Speech = [new SpeechPart(SpeechKind.Text, string.Concat(Enumerable.Repeat("word ", 5000)))] };

        Assert.Equal(10, Render(reply).Count);
    }

    [Fact]
    public void Render_WhenSpeechIsEmpty_SpeaksTheScreenText() =>
        Assert.Equal("<speak>Hello there.</speak>", Assert.Single(Render(Replies.Answer("Help", "Hello there.") with { Speech = [] })));
}
