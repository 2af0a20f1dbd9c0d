using Elections.Bots.Alexa.Mapping;
using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Json;

namespace Elections.Bots.Alexa.Wire.Reading;

/// <summary>What the skill's requests say over and over: the vocabularies <see cref="Utf8Vocabulary"/> serves from.</summary>
internal static class WireVocabulary
{
    public static readonly Utf8Vocabulary Versions = new(["1.0"]);

    public static readonly Utf8Vocabulary Types = new(
        [RequestTypes.Intent, RequestTypes.Launch, RequestTypes.SessionEnded, RequestTypes.CanFulfillIntent, RequestTypes.ExceptionEncountered]);

    public static readonly Utf8Vocabulary Locales = new([LocaleTags.EnglishUS, LocaleTags.SpanishUS]);

    public static readonly Utf8Vocabulary Statuses = new(
        [ConfirmationStatuses.None, ConfirmationStatuses.Denied, ConfirmationStatuses.Confirmed, "STARTED", "IN_PROGRESS", "COMPLETED",
         ResolutionStatus.SuccessMatch, ResolutionStatus.SuccessNoMatch, "USER", SlotValue.SimpleType]);

    public static readonly Utf8Vocabulary Names = new(
        [.. IntentNames.All, BuiltInIntents.Help, BuiltInIntents.Stop, BuiltInIntents.Cancel, BuiltInIntents.Fallback,
         BuiltInIntents.NavigateHome, SlotNames.Address, SlotNames.Query, SlotNames.Language, SlotNames.Number, SlotNames.Ordinal]);

    public static readonly Utf8Vocabulary Endpoints = new(
        ["https://api.amazonalexa.com", "https://api.eu.amazonalexa.com", "https://api.fe.amazonalexa.com"]);
}
