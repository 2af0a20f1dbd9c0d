using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Speech;

namespace Elections.Bots.Core.Dialog.Intents;

/// <summary>Switches the conversation's language; every later answer follows the voter's choice.</summary>
internal sealed class ChangeLanguageHandler : IIntentHandler
{
    public string Intent => IntentNames.ChangeLanguage;

    public ValueTask<DialogReply> HandleAsync(TurnContext context)
    {
        var target = Requested(context.Slot(SlotNames.Language))
            ?? (context.Locale == Locale.Spanish ? Locale.English : Locale.Spanish);
        var reply = new ReplyBuilder(target, context.Today) { ChoicesKept = context.Turn.Channel.ChoicesHeard() };
        reply.Say("Okay, I'll continue in English. What would you like to know?",
            "De acuerdo, continuaré en español. ¿Qué le gustaría saber?");
        reply.SuggestNext(Intent);
        var session = context.Settled() with { PreferredLocale = target };
        var built = reply.Build(Intent, ReplyOutcome.Answered, session, context.Trace());
        return ValueTask.FromResult(built);
    }

    internal static Locale? Requested(string? language)
    {
        if (language is null) return null;
        var folded = Text.TextFolding.Fold(language);
        if (folded.Contains("span", StringComparison.Ordinal) || folded.Contains("espan", StringComparison.Ordinal) || folded is "es") return Locale.Spanish;
        if (folded.Contains("engl", StringComparison.Ordinal) || folded.Contains("ingl", StringComparison.Ordinal) || folded is "en") return Locale.English;
        return null;
    }
}
