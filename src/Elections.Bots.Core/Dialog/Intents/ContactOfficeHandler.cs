using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Core.Dialog.Intents;

internal sealed class ContactOfficeHandler : IIntentHandler
{
    public string Intent => IntentNames.ContactOffice;

    public ValueTask<DialogReply> HandleAsync(TurnContext context)
    {
        var reply = context.Reply();
        SayContact(reply, context);
        reply.SuggestNext(Intent);
        return ValueTask.FromResult(reply.Build(Intent, ReplyOutcome.Answered, context.Settled(), context.Trace(),
            context.Facts.Office.Name));
    }

    /// <summary>Phone first (what most voters need), then email and address on screens, then hours.</summary>
    public static void SayContact(Speech.ReplyBuilder reply, TurnContext context)
    {
        var office = context.Facts.Office;
        reply.Say("You can reach the ", "Puede comunicarse con ").Say(office.Name);
        if (office.Phone is { } phone) reply.Say(" at ", " al ").Phone(phone);
        reply.Say(". ");
        if (office.Email is { } email) reply.Write(reply.T($"Email: {email}. ", $"Correo electrónico: {email}. "));
        if (office.Address is { } address)
        {
            reply.Say("The office is at ", "La oficina está en ").Say(address.ToSingleLine()).Say(". ");
        }
        if (office.HoursText is { } hours && reply.Locale == Locale.English)
        {
            reply.Say("Hours: ").Say(hours).Say(". ");
        }
        reply.Link(office.Name, office.Links.Elections);
    }
}
