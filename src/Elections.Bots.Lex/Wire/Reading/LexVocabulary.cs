using Elections.Bots.Core.Json;
using Elections.Bots.Lex.Mapping;
using Elections.Bots.Lex.Rendering;

namespace Elections.Bots.Lex.Wire.Reading;

/// <summary>What Lex events say over and over: the vocabularies <see cref="Utf8Vocabulary"/> serves from.</summary>
internal static class LexVocabulary
{
    public static readonly Utf8Vocabulary InvocationSources = new(LexInvocationSources.DialogCodeHook, LexInvocationSources.FulfillmentCodeHook);

    public static readonly Utf8Vocabulary InputModes = new(LexInputModes.Text, LexInputModes.Speech, LexInputModes.Dtmf);

    public static readonly Utf8Vocabulary LocaleIds = new("en_US", "es_US");

    public static readonly Utf8Vocabulary IntentNames = new([.. Core.BotModel.IntentNames.All, LexBuiltInIntents.Fallback]);

    public static readonly Utf8Vocabulary SlotNames = new(Core.BotModel.SlotNames.Address, Core.BotModel.SlotNames.Query, Core.BotModel.SlotNames.Language);

    /// <summary>Intent states, confirmation states, slot shapes, dialog actions, sentiments and prompt attempts: short, and never each other.</summary>
    public static readonly Utf8Vocabulary States = new(
        LexIntentStates.Failed, LexIntentStates.Fulfilled, LexIntentStates.FulfillmentInProgress, LexIntentStates.InProgress,
        LexIntentStates.ReadyForFulfillment, LexIntentStates.Waiting, "None", "Confirmed", "Denied",
        LexSlotShapes.Scalar, LexSlotShapes.List, LexSlotShapes.Composite,
        LexDialogActionTypes.Close, LexDialogActionTypes.ConfirmIntent, LexDialogActionTypes.Delegate,
        LexDialogActionTypes.ElicitIntent, LexDialogActionTypes.ElicitSlot,
        LexSentiments.Positive, LexSentiments.Negative, LexSentiments.Neutral, LexSentiments.Mixed,
        "Initial", "Retry1", "Retry2", "Retry3", "Retry4", "Retry5");

    public static readonly Utf8Vocabulary AttributeNames = new(
        LexPlatforms.AttributeName, "x-amz-lex:accept-content-types", Core.Dialog.SessionStateCodec.AttributeName,
        LexChannelDetector.HintAttribute, ConnectAttributes.HandOff, ConnectAttributes.HandOffReason, ConnectAttributes.ConversationEnded);

    public static readonly Utf8Vocabulary AttributeValues = new(
        LexPlatforms.Connect, LexPlatforms.ConnectChat, LexPlatforms.Twilio, LexPlatforms.Facebook, LexPlatforms.Slack,
        LexPlatforms.ChimePstnAudio, LexPlatforms.GenesysCloud, "PlainText,SSML", ConnectAttributes.True,
        "sms", "web", "chat", "voice");
}
