using System.Collections.Concurrent;
using Elections.Bots.Alexa.Wire;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa.Rendering;

/// <summary>
/// Turns the engine's reply into an Alexa response: SSML speech, a card with the full text and links, a
/// reprompt whenever the session stays open, the address slot elicited through the dialog model, and the
/// session state for the next turn.
/// </summary>
public static class ResponseRenderer
{
    /// <summary>A question longer than this is not repeated whole as the reprompt; the generic follow-up is used.</summary>
    private const int MaxRepeatedQuestionLength = 1000;

    private const int MaxCachedFollowUps = 1024;

    private static readonly ConcurrentDictionary<FollowUpKey, string> FollowUps = new();

    [ThreadStatic]
    private static KeyValuePair<FollowUpKey, string>? _lastFollowUp;

    public static ResponseEnvelope Render(DialogReply reply, RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(context);
        var locale = reply.Locale;
        var ends = reply.EndConversation;
        var elicitsAddress = !ends && reply.ElicitSlot == SlotNames.Address;
        var asks = !ends && (reply.ElicitSlot is not null || reply.Outcome == ReplyOutcome.Elicited);
        var askPermission = elicitsAddress && context.AskAddressPermission;

        var said = Speak(reply, context, lead: null);
        var speech = askPermission ? Speak(reply, context, AlexaPhrases.AddressPermission(locale)) : said;
        string? reprompt = null;
        if (!ends)
        {
            reprompt = asks && said is { Length: <= MaxRepeatedQuestionLength } ? said : FollowUp(reply, context);
        }

        return new ResponseEnvelope
        {
            SessionAttributes = ends ? null : SessionAttributeCache.For(reply.Session),
            Response = new ResponseBody
            {
                OutputSpeech = speech is null ? null : OutputSpeech.FromSsml(speech),
                Reprompt = reprompt is null ? null : new Reprompt { OutputSpeech = OutputSpeech.FromSsml(reprompt) },
                Card = askPermission ? CardBuilder.AddressConsent : asks || ends ? null : CardBuilder.Simple(reply),
                Directives = elicitsAddress && context.IsIntentRequest && context.UseDialogDirectives && IntentNames.UsesAddress(reply.Intent)
                    ? [ElicitAddress(reply.Intent)]
                    : null,
                ShouldEndSession = ends,
            },
        };
    }

    /// <summary>An empty response: the answer to SessionEndedRequest and to requests the skill does not act on.</summary>
    public static ResponseEnvelope Empty() => new();

    /// <summary>Speech for a failure the engine could not turn into a reply itself.</summary>
    public static ResponseEnvelope Apology(Core.Locale locale, Core.Locale deviceLocale) => new()
    {
        Response = new ResponseBody
        {
            OutputSpeech = OutputSpeech.FromSsml(new SsmlBuilder(locale, deviceLocale).Text(AlexaPhrases.Apology(locale)).Build()),
            ShouldEndSession = true,
        },
    };

    private static string? Speak(DialogReply reply, RenderContext context, string? lead)
    {
        var ssml = new SsmlBuilder(reply.Locale, context.DeviceLocale).Text(lead);
        // The engine always words speech; its screen text (links removed) is the safety net, never silence.
        if (reply.Speech.IsDefaultOrEmpty) ssml.Text(reply.Text);
        else ssml.Parts(reply.Speech);
        return ssml.IsEmpty ? null : ssml.Build();
    }

    private static string FollowUp(DialogReply reply, RenderContext context)
    {
        var offers = reply.Suggestions.IsDefaultOrEmpty ? [] : reply.Suggestions.AsSpan()[..Math.Min(reply.Suggestions.Length, ChannelTraits.AlexaSpokenFollowUps)];
        var key = new FollowUpKey(reply.Locale, context.DeviceLocale,
            offers.Length > 0 ? offers[0].Label : null, offers.Length > 1 ? offers[1].Label : null, offers.Length > 2 ? offers[2].Label : null);
        // Labels are the engine's own string instances, so the last key usually matches by reference.
        if (_lastFollowUp is { } last && last.Key == key) return last.Value;
        if (FollowUps.TryGetValue(key, out var cached))
        {
            _lastFollowUp = new KeyValuePair<FollowUpKey, string>(key, cached);
            return cached;
        }

        var locale = reply.Locale;
        var ssml = new SsmlBuilder(locale, context.DeviceLocale).Text(AlexaPhrases.FollowUp(locale));
        if (offers.Length > 0)
        {
            ssml.Text(AlexaPhrases.YouCanAsk(locale));
            for (var i = 0; i < offers.Length; i++)
            {
                if (i > 0) ssml.Text(i == offers.Length - 1 ? AlexaPhrases.Or(locale) : ", ");
                ssml.Text(InSentence(offers[i].Label));
            }
            ssml.Text(".");
        }
        var followUp = ssml.Build();
        // The engine offers follow-ups from a small fixed set (intents, FAQ questions), so the same few
        // reprompts recur on every turn; the cap only guards against an unbounded set.
        if (FollowUps.Count < MaxCachedFollowUps) FollowUps.TryAdd(key, followUp);
        return followUp;
    }

    /// <summary>A button label ("Where do I vote?", "¿Dónde voto?") as a phrase inside a spoken list ("where do I vote").</summary>
    private static string InSentence(string label)
    {
        var phrase = label.AsSpan().Trim().Trim("¿?¡!.");
        if (phrase.Length > 1 && char.IsUpper(phrase[0]) && char.IsLower(phrase[1]))
        {
            return string.Concat(char.ToLowerInvariant(phrase[0]).ToString(), phrase[1..]);
        }
        return phrase.ToString();
    }

    private static Directive ElicitAddress(string intent) => new()
    {
        Type = Directive.ElicitSlotType,
        SlotToElicit = SlotNames.Address,
        UpdatedIntent = new Intent
        {
            Name = intent,
            ConfirmationStatus = ConfirmationStatuses.None,
            Slots = new Dictionary<string, Slot?>(StringComparer.Ordinal)
            {
                [SlotNames.Address] = new Slot { Name = SlotNames.Address, ConfirmationStatus = ConfirmationStatuses.None },
            },
        },
    };

    private readonly record struct FollowUpKey(Core.Locale Locale, Core.Locale DeviceLocale, string? First, string? Second, string? Third);
}
