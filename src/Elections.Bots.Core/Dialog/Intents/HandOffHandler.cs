using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Core.Dialog.Intents;

/// <summary>
/// A voter who wants a person gets one: on the phone line the contact flow transfers (it reads
/// <see cref="DialogReply.HandOff"/>); elsewhere the office's phone, email and hours.
/// </summary>
internal sealed class HandOffHandler : IIntentHandler
{
    public string Intent => IntentNames.HandOff;

    public ValueTask<DialogReply> HandleAsync(TurnContext context)
    {
        var reply = context.Reply();
        var transfers = context.Turn.Channel is Channel.ConnectVoice or Channel.Dtmf or Channel.ConnectChat;
        if (transfers)
        {
            reply.Say("I'll connect you with someone at the ", "Le comunicaré con alguien de ")
                .Say(context.Facts.Office.Name).Say(". Please hold.", ". Por favor, espere.");
        }
        else
        {
            reply.Say("You can talk to a person. ", "Puede hablar con una persona. ");
            ContactOfficeHandler.SayContact(reply, context);
        }
        var built = reply.Build(Intent, ReplyOutcome.HandedOff, context.Settled(), context.Trace(),
            reply.T("Talk to a person", "Hablar con una persona"));
        return ValueTask.FromResult(built with { HandOff = true, EndConversation = transfers });
    }
}
