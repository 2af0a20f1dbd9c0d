using Elections.Bots.Lex.Mapping;
using Elections.Bots.Lex.Rendering;

namespace Elections.Bots.Lex.Wire.Reading;

/// <summary>What Lex events say over and over: the vocabularies <see cref="KnownWords"/> serves from.</summary>
internal static class LexVocabulary
{
    public static readonly KnownWords InvocationSources = new(LexInvocationSources.DialogCodeHook, LexInvocationSources.FulfillmentCodeHook);

    public static readonly KnownWords InputModes = new(LexInputModes.Text, LexInputModes.Speech, LexInputModes.Dtmf);

    public static readonly KnownWords LocaleIds = new("en_US", "es_US");

    public static readonly KnownWords IntentNames = new([.. Core.BotModel.IntentNames.All, LexBuiltInIntents.Fallback]);

    public static readonly KnownWords SlotNames = new(Core.BotModel.SlotNames.Address, Core.BotModel.SlotNames.Query, Core.BotModel.SlotNames.Language);

    /// <summary>Intent states, confirmation states, slot shapes, dialog actions, sentiments and prompt attempts: short, and never each other.</summary>
    public static readonly KnownWords States = new(
        LexIntentStates.Failed, LexIntentStates.Fulfilled, LexIntentStates.FulfillmentInProgress, LexIntentStates.InProgress,
        LexIntentStates.ReadyForFulfillment, LexIntentStates.Waiting, "None", "Confirmed", "Denied",
        LexSlotShapes.Scalar, LexSlotShapes.List, LexSlotShapes.Composite,
        LexDialogActionTypes.Close, LexDialogActionTypes.ConfirmIntent, LexDialogActionTypes.Delegate,
        LexDialogActionTypes.ElicitIntent, LexDialogActionTypes.ElicitSlot,
        LexSentiments.Positive, LexSentiments.Negative, LexSentiments.Neutral, LexSentiments.Mixed,
        "Initial", "Retry1", "Retry2", "Retry3", "Retry4", "Retry5");

    public static readonly KnownWords AttributeNames = new(
        LexPlatforms.AttributeName, "x-amz-lex:accept-content-types", Core.Dialog.SessionStateCodec.AttributeName,
        LexChannelDetector.HintAttribute, ConnectAttributes.HandOff, ConnectAttributes.HandOffReason, ConnectAttributes.ConversationEnded);

    public static readonly KnownWords AttributeValues = new(
        LexPlatforms.Connect, LexPlatforms.ConnectChat, LexPlatforms.Twilio, LexPlatforms.Facebook, LexPlatforms.Slack,
        LexPlatforms.ChimePstnAudio, LexPlatforms.GenesysCloud, "PlainText,SSML", ConnectAttributes.True,
        "sms", "web", "chat", "voice");
}
