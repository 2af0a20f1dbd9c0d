using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Core.Dialog.Intents;

internal sealed class HelpHandler : IIntentHandler
{
    public string Intent => IntentNames.Help;

    public ValueTask<DialogReply> HandleAsync(TurnContext context)
    {
        var reply = context.Reply();
        reply.Say($"I answer questions about voting in {context.Facts.JurisdictionName}. ",
            $"Respondo preguntas sobre cómo votar en {context.Facts.JurisdictionName}. ");
        reply.Say("For example, ask: where do I vote, when is the registration deadline, how do I vote by mail, or where are the drop boxes. ",
            "Por ejemplo, pregunte: dónde voto, cuál es la fecha límite de registro, cómo voto por correo, o dónde están los buzones. ");
        reply.Say("You can also ask me in Spanish, or ask to talk to a person.",
            "También puede preguntarme en inglés, o pedir hablar con una persona.");
        reply.SuggestNext(Intent);
        return ValueTask.FromResult(reply.Build(Intent, ReplyOutcome.Answered, context.Settled(), context.Trace(),
            reply.T("How I can help", "Cómo puedo ayudarle")));
    }
}
