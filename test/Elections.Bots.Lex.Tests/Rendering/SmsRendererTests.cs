using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Lex.Rendering;
using Elections.Bots.Lex.Tests.Support;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Tests.Rendering;

public sealed class SmsRendererTests
{
    private static string Render(DialogReply reply)
    {
        var messages = new List<LexMessage>();
        SmsRenderer.Render(reply, messages);
        var message = Assert.Single(messages);
        Assert.Equal(LexContentTypes.PlainText, message.ContentType);
        return message.Content!;
    }

    [Fact]
    public void Render_WhenEngineWroteAShortText_SendsItInsteadOfTheFullText()
    {
        var reply = Replies.Answer("NextElection", new string('x', 900)) with { ShortText = "Election Day: Tuesday, March 9." };

        Assert.Equal("Election Day: Tuesday, March 9.", Render(reply));
    }

    [Fact]
    public void Render_WhenFullTextIsLong_ShortensItToTwoSegmentsAndKeepsTheLink()
    {
        var text = string.Join(" ", Enumerable.Repeat("Early voting runs Monday through Saturday at the Government Center.", 10));
        var reply = Replies.Answer("EarlyVoting", text) with { Links = [new ReplyLink("More", "https://example.org/early")] };

        var sms = Render(reply);

        Assert.True(SmsSegments.Count(sms) <= 2, sms);
        Assert.EndsWith("https://example.org/early", sms, StringComparison.Ordinal);
        Assert.StartsWith("Early voting runs Monday", sms, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WhenSpanishTextFitsTwoUcs2Segments_KeepsTheAccents()
    {
        var reply = Replies.Answer("NextElection", "La elección es el martes 9 de marzo. Votación anticipada: 22 feb-6 mar.", Locale.Spanish);

        Assert.Equal("La elección es el martes 9 de marzo. Votación anticipada: 22 feb-6 mar.", Render(reply));
    }

    [Fact]
    public void Render_WhenSpanishTextIsTooLongForUcs2_SpellsItInGsm7RatherThanCuttingIt()
    {
        var text = "La votación anticipada es del 22 de febrero al 6 de marzo, de lunes a sábado de 8:00 a. m. a 6:00 p. m., " +
                   "en el Centro de Gobierno del Condado y en el Centro Comunitario de Eastfield. Está cerrada el domingo.";
        var reply = Replies.Answer("EarlyVoting", text, Locale.Spanish);

        var sms = Render(reply);

        Assert.True(SmsSegments.IsGsm7(sms));
        Assert.Contains("votacion anticipada", sms, StringComparison.Ordinal);
        Assert.EndsWith("Esta cerrada el domingo.", sms, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WhenChoicesStillFit_NumbersThemForAReply()
    {
        var reply = Replies.WithSuggestions(Replies.Answer("Help", "I can help with voting."), ("Where do I vote?", "Where do I vote?"), ("Early voting", "Early voting"));

        Assert.Equal("I can help with voting.\n1. Where do I vote?\n2. Early voting", Render(reply));
    }

    [Fact]
    public void Render_WhenChoicesWouldPushPastTwoSegments_LeavesThemOut()
    {
        var text = new string('a', 280);
        var reply = Replies.WithSuggestions(Replies.Answer("Help", text), ("Where do I vote?", "x"), ("Early voting", "y"));

        Assert.Equal(text, Render(reply));
    }
}
