using Elections.Bots.Alexa.DeviceAddress;
using Elections.Bots.Alexa.Rendering;
using Elections.Bots.Alexa.Tests.Support;
using Elections.Bots.Alexa.Wire;
using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa.Tests.Rendering;

public sealed class ResponseRendererTests
{
    private static readonly RenderContext OnIntent = new(Locale.English, IsIntentRequest: true);

    private static ResponseEnvelope RenderValid(DialogReply reply, RenderContext context)
    {
        var response = ResponseRenderer.Render(reply, context);
        AlexaResponseValidator.AssertValid(ResponseSizeGuard.Write(response), context.IsIntentRequest ? "IntentRequest" : "LaunchRequest");
        return response;
    }

    [Fact]
    public void Render_WhenAnswered_SpeaksShowsACardAndKeepsTheSessionOpen()
    {
        var reply = Replies.Answer(IntentNames.NextElection, "The special election is on Tuesday, March 9, 2027.") with
        {
            Title = "Next election",
        };

        var response = RenderValid(reply, OnIntent).Response;

        Assert.Equal("<speak>The special election is on Tuesday, March 9, 2027.</speak>", response.OutputSpeech!.Ssml);
        Assert.Equal(Card.SimpleType, response.Card!.Type);
        Assert.Equal("Next election", response.Card.Title);
        Assert.Equal(reply.Text, response.Card.Content);
        Assert.False(response.ShouldEndSession);
        Assert.Equal("<speak>What else would you like to know?</speak>", response.Reprompt!.OutputSpeech.Ssml);
        Assert.Null(response.Directives);
    }

    [Fact]
    public void Render_WhenConversationEnds_EndsTheSessionWithoutRepromptCardOrState()
    {
        var response = RenderValid(Replies.Goodbye(IntentNames.Stop), OnIntent);

        Assert.True(response.Response.ShouldEndSession);
        Assert.Null(response.Response.Reprompt);
        Assert.Null(response.Response.Card);
        Assert.Null(response.SessionAttributes);
        Assert.Equal("<speak>Goodbye.</speak>", response.Response.OutputSpeech!.Ssml);
    }

    [Fact]
    public void Render_WhenEngineAsksForTheAddress_ElicitsTheAddressSlotOfThatIntent()
    {
        var response = RenderValid(Replies.AskAddress(IntentNames.PollingPlace), OnIntent).Response;

        var directive = Assert.Single(response.Directives!);
        Assert.Equal(Directive.ElicitSlotType, directive.Type);
        Assert.Equal(SlotNames.Address, directive.SlotToElicit);
        Assert.Equal(IntentNames.PollingPlace, directive.UpdatedIntent!.Name);
        Assert.Null(directive.UpdatedIntent.Slots![SlotNames.Address]!.Value);
        Assert.Equal(response.OutputSpeech!.Ssml, response.Reprompt!.OutputSpeech.Ssml);
        Assert.Null(response.Card);
        Assert.False(response.ShouldEndSession);
    }

    [Fact]
    public void Render_WhenAskingForTheAddressAfterALaunch_AsksInSpeechOnly()
    {
        var response = RenderValid(Replies.AskAddress(IntentNames.PollingPlace), new RenderContext(Locale.English, IsIntentRequest: false)).Response;

        Assert.Null(response.Directives);
        Assert.NotNull(response.Reprompt);
    }

    [Fact]
    public void Render_WhenDialogDirectivesAreOff_AsksInSpeechOnly()
    {
        var response = RenderValid(Replies.AskAddress(IntentNames.PollingPlace), OnIntent with { UseDialogDirectives = false }).Response;

        Assert.Null(response.Directives);
    }

    [Fact]
    public void Render_WhenAddressPermissionIsMissing_SendsTheConsentCardAndInvitesEither()
    {
        var response = RenderValid(Replies.AskAddress(IntentNames.DropBoxes), OnIntent with { AskAddressPermission = true }).Response;

        Assert.Equal(Card.AskForPermissionsConsentType, response.Card!.Type);
        Assert.Equal([DeviceAddressPermissions.FullAddress], response.Card.Permissions);
        Assert.Contains("Alexa app", response.OutputSpeech!.Ssml, StringComparison.Ordinal);
        Assert.EndsWith("What&apos;s your street address?</speak>", response.OutputSpeech.Ssml, StringComparison.Ordinal);
        Assert.Equal("<speak>What&apos;s your street address?</speak>", response.Reprompt!.OutputSpeech.Ssml);
    }

    [Fact]
    public void Render_WhenPermissionIsMissingButNothingIsAsked_SendsNoConsentCard()
    {
        var reply = Replies.Answer(IntentNames.PollingPlace, "Your polling place is the library.");

        var response = RenderValid(reply, OnIntent with { AskAddressPermission = true }).Response;

        Assert.Equal(Card.SimpleType, response.Card!.Type);
    }

    [Fact]
    public void Render_WhenReplyHasLinks_PutsThemOnTheCardAndNeverInSpeech()
    {
        var reply = Replies.Answer(IntentNames.MailBallot, "You can ask for a mail ballot online.") with
        {
            Links = [new ReplyLink("Request a ballot", "https://vote.millbrook.example/mail"), new ReplyLink("Empty", "")],
        };

        var response = RenderValid(reply, OnIntent).Response;

        Assert.Equal("You can ask for a mail ballot online.\nRequest a ballot: https://vote.millbrook.example/mail", response.Card!.Content);
        Assert.DoesNotContain("http", response.OutputSpeech!.Ssml, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WhenReplyOffersFollowUps_RepromptOffersTheFirstThree()
    {
        var reply = Replies.Answer(IntentNames.Help, "I can help with elections.") with
        {
            Suggestions = [new("Where do I vote?", "Where do I vote?"), new("Early voting", "Early voting"), new("DMV hours", "1"), new("Drop boxes", "Drop boxes")],
        };

        var response = RenderValid(reply, OnIntent).Response;

        Assert.Equal("<speak>What else would you like to know? You can ask: where do I vote, early voting or DMV hours.</speak>",
            response.Reprompt!.OutputSpeech.Ssml);
    }

    [Fact]
    public void Render_WhenSessionStateChanges_CarriesItUnderOurAttribute()
    {
        var reply = Replies.Answer(IntentNames.PollingPlace, "The library.") with
        {
            Session = new SessionState(Address: "401 N Main St", LastIntent: IntentNames.PollingPlace),
        };

        var response = RenderValid(reply, OnIntent);

        Assert.Equal(reply.Session, SessionStateCodec.Decode(response.SessionAttributes!.State));
    }

    [Fact]
    public void Render_WhenEngineGaveNoSpeech_SpeaksTheScreenTextWithoutLinks()
    {
        var reply = Replies.Answer(IntentNames.ContactOffice, "Visit https://vote.millbrook.example today.") with { Speech = [] };

        var response = RenderValid(reply, OnIntent).Response;

        Assert.Equal("<speak>Visit today.</speak>", response.OutputSpeech!.Ssml);
    }

    [Fact]
    public void Render_WhenSpanishReplyOnEnglishDevice_SpeaksSpanishInLang()
    {
        var reply = Replies.Answer(IntentNames.ChangeLanguage, "De acuerdo, hablemos en español.") with { Locale = Locale.Spanish };

        var response = RenderValid(reply, OnIntent).Response;

        Assert.StartsWith("<speak><lang xml:lang='es-US'>De acuerdo", response.OutputSpeech!.Ssml, StringComparison.Ordinal);
        Assert.Equal("Información electoral", response.Card!.Title);
        Assert.Contains("¿Qué más le gustaría saber?", response.Reprompt!.OutputSpeech.Ssml, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WhenSpeechAndTextAreHuge_StaysWithinEveryLimit()
    {
        var text = string.Join(' ', Enumerable.Repeat("Votación anticipada en la biblioteca", 800));
        var reply = Replies.Answer(IntentNames.EarlyVoting, text) with { Title = "Votación" };

        var bytes = ResponseSizeGuard.Write(ResponseRenderer.Render(reply, OnIntent));

        using var json = AlexaResponseValidator.AssertValid(bytes);
        Assert.InRange(json.RootElement.GetProperty("response").GetProperty("outputSpeech").GetProperty("ssml").GetString()!.Length, 7900, 8000);
    }

    [Fact]
    public void Write_WhenCardWouldPassTheResponseLimit_ShortensTheCard()
    {
        // Three UTF-8 bytes a character: a full 8,000-character card alone is 24 KB.
        var text = string.Concat(Enumerable.Repeat("選挙の日", 2500));
        var reply = Replies.Answer(IntentNames.EarlyVoting, text, new SpeechPart(SpeechKind.Text, "Early voting starts Monday."));

        var bytes = ResponseSizeGuard.Write(ResponseRenderer.Render(reply, OnIntent));

        using var json = AlexaResponseValidator.AssertValid(bytes);
        var content = json.RootElement.GetProperty("response").GetProperty("card").GetProperty("content").GetString()!;
        Assert.InRange(bytes.Length, ResponseSizeGuard.MaxResponseBytes - 512, ResponseSizeGuard.MaxResponseBytes);
        Assert.EndsWith("…", content, StringComparison.Ordinal);
    }
}
