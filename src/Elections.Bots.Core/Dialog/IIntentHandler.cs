namespace Elections.Bots.Core.Dialog;

/// <summary>Answers one intent. Handlers decide what to say, never how it looks on a channel.</summary>
public interface IIntentHandler
{
    string Intent { get; }

    ValueTask<DialogReply> HandleAsync(TurnContext context);
}
