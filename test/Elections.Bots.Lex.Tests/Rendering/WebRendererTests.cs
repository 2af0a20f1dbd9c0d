using Elections.Bots.Core.Dialog;
using Elections.Bots.Lex.Rendering;
using Elections.Bots.Lex.Tests.Support;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Tests.Rendering;

public sealed class WebRendererTests
{
    private static List<LexMessage> Render(DialogReply reply)
    {
        var messages = new List<LexMessage>();
        WebRenderer.Render(reply, messages);
        return messages;
    }

    [Fact]
    public void Render_WhenReplyHasSuggestions_AddsACardWithAButtonEach()
    {
        var reply = Replies.WithSuggestions(Replies.Answer("Help", "Hi.") with { Title = "Help" }, ("Where do I vote?", "Where do I vote?"), ("Early voting", "Early voting"));

        var messages = Render(reply);

        Assert.Equal(LexContentTypes.PlainText, messages[0].ContentType);
        var card = messages[1].ImageResponseCard!;
        Assert.Equal("Help", card.Title);
        Assert.Equal(["Where do I vote?", "Early voting"], card.Buttons!.Select(b => b.Value));
    }

    [Fact]
    public void Render_WhenSuggestionValueIsTooLongForAButton_SendsTheChoiceNumberInstead()
    {
        var question = "How do I request a mail ballot if I will be away from Millbrook County on Election Day?";
        var reply = Replies.WithSuggestions(Replies.Answer("AskQuestion", "Which one?"), ("Mail ballot", "Mail ballot"), (question, question));

        var buttons = Render(reply)[1].ImageResponseCard!.Buttons!;

        Assert.Equal("2", buttons[1].Value);
        Assert.InRange(buttons[1].Text.Length, 1, 50);
    }

    [Fact]
    public void Render_WhenReplyHasNoSuggestions_SendsTextOnly() =>
        Assert.Equal(LexContentTypes.PlainText, Assert.Single(Render(Replies.Answer("Help", "Hi."))).ContentType);

    [Fact]
    public void Render_WhenLinkIsNotInTheText_AppendsIt()
    {
        var reply = Replies.Answer("MailBallot", "Request a ballot online.") with { Links = [new ReplyLink("Mail ballots", "https://example.org/mail")] };

        Assert.Equal("Request a ballot online.\nMail ballots: https://example.org/mail", Assert.Single(Render(reply)).Content);
    }

    [Fact]
    public void Render_WhenTextIsLongerThanOneMessage_SplitsAtSentencesWithinTheLimit()
    {
        var text = string.Concat(Enumerable.Repeat("Polls are open from seven to eight. ", 60));

        var messages = Render(Replies.Answer("ElectionHours", text));

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.InRange(m.Content!.Length, 1, 1024));
        Assert.All(messages, m => Assert.EndsWith("eight.", m.Content, StringComparison.Ordinal));
    }
}
