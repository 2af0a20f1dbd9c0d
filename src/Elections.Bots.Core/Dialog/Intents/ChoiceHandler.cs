using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Core.Dialog.Intents;

/// <summary>
/// A number the engine could not map to a choice: one past the choices offered ("five" of three) gets the same
/// choices again with their numbers; a number when nothing was offered (Alexa heard a bare "two") gets asked
/// what the voter would like to know. Never an answer the voter did not pick.
/// </summary>
internal sealed class ChoiceHandler : IIntentHandler
{
    private const string FaqTarget = "faq:", IntentTarget = "intent:";

    public string Intent => IntentNames.Choice;

    public ValueTask<DialogReply> HandleAsync(TurnContext context)
    {
        var reply = context.Reply();
        var choices = Labelled(context, reply);
        if (choices.Count > 0)
        {
            NumberedChoices.Offer(reply, context.Turn.Channel,
                reply.T($"Please pick a number from 1 to {choices.Count}", $"Por favor, elija un número del 1 al {choices.Count}"), choices);
            return ValueTask.FromResult(reply.Build(Intent, ReplyOutcome.Elicited, context.Settled(), context.Trace("choice-out-of-range"),
                reply.T("Did you mean…", "¿Quiso decir…")));
        }

        reply.Say("What would you like to know? You can ask where to vote, about deadlines, early voting, mail ballots or drop boxes.",
            "¿Qué le gustaría saber? Puede preguntar dónde votar, sobre fechas límite, votación anticipada, boletas por correo o buzones.");
        reply.SuggestNext(Intent);
        return ValueTask.FromResult(reply.Build(Intent, ReplyOutcome.Elicited, context.Settled(), context.Trace("no-choices")));
    }

    /// <summary>The choices still offered last turn, labelled as they were; an FAQ entry withdrawn since is left out.</summary>
    private static List<(string Label, string Target)> Labelled(TurnContext context, Speech.ReplyBuilder reply)
    {
        var labelled = new List<(string, string)>(context.Session.Choices.Length);
        foreach (var target in context.Session.Choices)
        {
            var label = target.StartsWith(FaqTarget, StringComparison.Ordinal) ? Question(context, target[FaqTarget.Length..])
                : target.StartsWith(IntentTarget, StringComparison.Ordinal) ? CommonReplies.NextLabel(reply, target[IntentTarget.Length..])
                : null;
            if (label is not null) labelled.Add((label, target));
        }
        return labelled;
    }

    private static string? Question(TurnContext context, string id)
    {
        foreach (var entry in context.Facts.Faq)
        {
            if (entry.Id == id && entry.Locale == context.Locale && entry.IsValidOn(context.Today)) return entry.Question;
        }
        return null;
    }
}
