using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Faq;

namespace Elections.Bots.Core.Dialog.Intents;

/// <summary>
/// Free-text questions answered from the office's FAQ: a confident match answers, a close call offers the top
/// choices, anything else gets a polite fallback with the office's phone. Expired entries never answer.
/// </summary>
internal sealed class AskQuestionHandler(string intent) : IIntentHandler
{
    public string Intent { get; } = intent;

    public ValueTask<DialogReply> HandleAsync(TurnContext context)
    {
        if (context.ChosenFaqId is { } chosen &&
            context.Facts.Faq.FirstOrDefault(e => e.Id == chosen && e.Locale == context.Locale && e.IsValidOn(context.Today)) is { } picked)
        {
            return ValueTask.FromResult(Answer(context, picked, 1.0));
        }

        if (context.AsksForRecommendation)
        {
            return ValueTask.FromResult(StayNeutral(context));
        }

        var query = context.Slot(SlotNames.Query) ?? context.Text;
        if (string.IsNullOrWhiteSpace(query))
        {
            return ValueTask.FromResult(NotUnderstood(context, heardNothing: true));
        }
        var result = context.Facts.FaqIndex.Search(query, context.Locale, context.Today);
        return ValueTask.FromResult(result.Decision switch
        {
            FaqDecision.Confident => Answer(context, result.Hits[0].Entry, result.Hits[0].Score),
            FaqDecision.CloseCall => OfferChoices(context, result),
            _ => NotUnderstood(context, heardNothing: false, result.Top),
        });
    }

    private DialogReply Answer(TurnContext context, FaqEntry entry, double score)
    {
        var reply = context.Reply();
        reply.Write(entry.Answer).Speak(context.Facts.FaqIndex.SpokenAnswer(entry));
        if (entry.Sms is not null) reply.Short(entry.Sms);
        reply.Link(reply.T("More information", "Más información"), entry.Url);
        reply.SuggestNext(Intent);
        var trace = context.Trace() with { FaqId = entry.Id, FaqScore = Math.Round(score, 3) };
        return reply.Build(Intent, ReplyOutcome.Answered, context.Settled(), trace, entry.Question);
    }

    private DialogReply OfferChoices(TurnContext context, FaqSearchResult result)
    {
        var reply = context.Reply();
        var hits = result.Hits.Take(3).ToList();
        NumberedChoices.Offer(reply, context.Turn.Channel,
            reply.T("I'm not sure which of these you mean", "No estoy seguro de cuál de estas quiere decir"),
            [.. hits.Select(hit => (hit.Entry.Question, "faq:" + hit.Entry.Id))]);
        var trace = context.Trace("faq-close-call") with { FaqId = hits[0].Entry.Id, FaqScore = Math.Round(hits[0].Score, 3) };
        return reply.Build(Intent, ReplyOutcome.Elicited, context.Settled(), trace, reply.T("Did you mean…", "¿Quiso decir…"));
    }

    private DialogReply NotUnderstood(TurnContext context, bool heardNothing, FaqHit? nearest = null)
    {
        var reply = context.Reply();
        reply.Say(heardNothing ? reply.T("Sorry, I didn't catch that. ", "Perdón, no le entendí. ")
                               : reply.T("Sorry, I don't have an answer for that. ", "Lo siento, no tengo una respuesta para eso. "));
        reply.Say("You can ask where to vote, about deadlines, early voting, mail ballots or drop boxes. For anything else, ",
            "Puede preguntar dónde votar, sobre fechas límite, votación anticipada, boletas por correo o buzones. Para otra cosa, ")
            .CallOffice(context.Facts).Say(".");
        // Not sure enough to answer, but the nearest question is worth one tap: offered first, never said as an answer.
        if (nearest is { } hit)
        {
            reply.Suggest(hit.Entry.Question, "1", "faq:" + hit.Entry.Id);
        }
        reply.SuggestNext(Intent);
        var trace = context.Trace(heardNothing ? "empty" : "faq-no-match") with
        {
            FaqScore = nearest is { } best ? Math.Round(best.Score, 3) : null,
            SuggestedFaqId = nearest?.Entry.Id,
        };
        return reply.Build(Intent, ReplyOutcome.Fallback, context.Settled(), trace);
    }

    /// <summary>An election office never tells a voter how to vote; it points to what is on the ballot instead.</summary>
    private DialogReply StayNeutral(TurnContext context)
    {
        var reply = context.Reply();
        reply.Say("I can't recommend candidates or tell you how to vote: the elections office is nonpartisan. ",
            "No puedo recomendar candidatos ni decirle cómo votar: la oficina electoral es imparcial. ");
        if (context.Facts.Office.Links.WhatIsOnMyBallot is { } ballot)
        {
            reply.Say("You can see what is on your ballot on the elections office website.",
                    "Puede ver qué hay en su boleta en el sitio web de la oficina electoral.")
                .Link(reply.T("What's on my ballot", "Qué hay en mi boleta"), ballot);
        }
        reply.SuggestNext(Intent);
        // A decline, not an answer from the facts: it counts with the fallbacks in metrics and evaluation.
        return reply.Build(Intent, ReplyOutcome.Fallback, context.Settled(), context.Trace("recommendation-declined"));
    }
}
