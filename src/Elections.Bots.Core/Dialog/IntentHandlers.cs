using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog.Intents;
using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Dialog;

/// <summary>The immutable registry: adding an intent is one handler file and one line here.</summary>
public static class IntentHandlers
{
    public static FrozenDictionary<string, IIntentHandler> Default { get; } = new IIntentHandler[]
    {
        new WelcomeHandler(),
        new NextElectionHandler(),
        new ElectionHoursHandler(),
        new RegistrationDeadlineHandler(),
        new RegistrationStatusHandler(),
        new PollingPlaceHandler(),
        new SiteListHandler(IntentNames.EarlyVoting, LocationRoles.EarlyVoting),
        new SiteListHandler(IntentNames.DropBoxes, LocationRoles.DropBox),
        new MailBallotHandler(),
        new ContactOfficeHandler(),
        new AskQuestionHandler(IntentNames.AskQuestion),
        new AskQuestionHandler(IntentNames.Fallback),
        new HandOffHandler(),
        new ChangeLanguageHandler(),
        new HelpHandler(),
        new GoodbyeHandler(IntentNames.Stop),
        new GoodbyeHandler(IntentNames.Cancel),
        new ChoiceHandler(),
    }.ToFrozenDictionary(h => h.Intent, StringComparer.Ordinal);
}
