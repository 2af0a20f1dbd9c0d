using System.Text.Json;
using Elections.Bots.Core.Json;

namespace Elections.Bots.Lex.Wire.Reading;

/// <summary>
/// Reads a code-hook event in one forward pass into the same records the source-generated context builds (a
/// test holds the two to the same result on every fixture and on thousands of mutated events). Metadata-driven
/// reading cost a frame stack, constructor-argument state and a fresh string for every intent name and state;
/// this pass shares the strings Lex repeats and skips what the hook never reads without materializing it.
/// </summary>
internal static class LexEventJsonReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64 };

    /// <exception cref="JsonException">Not JSON, or a member holds a value of the wrong type.</exception>
    /// <exception cref="InvalidOperationException">A string escapes a lone surrogate.</exception>
    public static LexEvent? Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, Options);
        JsonTokens.Advance(ref reader);
        var lexEvent = Event(ref reader);
        // A second value after the event makes the reader throw; its absence ends the read.
        if (reader.Read()) throw new JsonException("Content follows the event.");
        return lexEvent;
    }

    private static LexEvent? Event(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, static (ref Utf8JsonReader reader, LexEvent lexEvent) =>
        {
            if (JsonTokens.Is(ref reader, "invocationSource"u8)) lexEvent.InvocationSource = JsonTokens.String(ref reader, LexVocabulary.InvocationSources);
            else if (JsonTokens.Is(ref reader, "inputMode"u8)) lexEvent.InputMode = JsonTokens.String(ref reader, LexVocabulary.InputModes);
            else if (JsonTokens.Is(ref reader, "inputTranscript"u8)) lexEvent.InputTranscript = JsonTokens.String(ref reader);
            else if (JsonTokens.Is(ref reader, "bot"u8)) lexEvent.Bot = Bot(ref reader);
            else if (JsonTokens.Is(ref reader, "interpretations"u8)) lexEvent.Interpretations = JsonTokens.Array(ref reader, Interpretation);
            else if (JsonTokens.Is(ref reader, "proposedNextState"u8)) lexEvent.ProposedNextState = ProposedNextState(ref reader);
            else if (JsonTokens.Is(ref reader, "requestAttributes"u8)) lexEvent.RequestAttributes = LexMapJsonReader.Attributes(ref reader);
            else if (JsonTokens.Is(ref reader, "sessionState"u8)) lexEvent.SessionState = SessionState(ref reader);
            else return false;
            return true;
        });

    private static LexBot? Bot(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, static (ref Utf8JsonReader reader, LexBot bot) =>
        {
            if (!JsonTokens.Is(ref reader, "localeId"u8)) return false;
            bot.LocaleId = JsonTokens.String(ref reader, LexVocabulary.LocaleIds);
            return true;
        });

    private static LexInterpretation? Interpretation(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, static (ref Utf8JsonReader reader, LexInterpretation reading) =>
        {
            if (JsonTokens.Is(ref reader, "intent"u8)) reading.Intent = LexIntentJsonReader.Intent(ref reader);
            // The context's own number rules (numbers as strings allowed, out of range refused), not a copy of them.
            else if (JsonTokens.Is(ref reader, "nluConfidence"u8)) reading.NluConfidence = JsonSerializer.Deserialize(ref reader, LexJsonContext.Default.NullableDouble);
            else if (JsonTokens.Is(ref reader, "sentimentResponse"u8)) reading.SentimentResponse = SentimentResponse(ref reader);
            else return false;
            return true;
        });

    private static LexSentimentResponse? SentimentResponse(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, static (ref Utf8JsonReader reader, LexSentimentResponse sentiment) =>
        {
            if (!JsonTokens.Is(ref reader, "sentiment"u8)) return false;
            sentiment.Sentiment = JsonTokens.String(ref reader, LexVocabulary.States);
            return true;
        });

    private static LexProposedNextState? ProposedNextState(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, static (ref Utf8JsonReader reader, LexProposedNextState next) =>
        {
            if (JsonTokens.Is(ref reader, "dialogAction"u8)) next.DialogAction = DialogAction(ref reader);
            else if (JsonTokens.Is(ref reader, "intent"u8)) next.Intent = LexIntentJsonReader.Intent(ref reader);
            else if (JsonTokens.Is(ref reader, "prompt"u8)) next.Prompt = Prompt(ref reader);
            else return false;
            return true;
        });

    private static LexPrompt? Prompt(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, static (ref Utf8JsonReader reader, LexPrompt prompt) =>
        {
            if (!JsonTokens.Is(ref reader, "attempt"u8)) return false;
            prompt.Attempt = JsonTokens.String(ref reader, LexVocabulary.States);
            return true;
        });

    private static LexSessionState? SessionState(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, static (ref Utf8JsonReader reader, LexSessionState state) =>
        {
            if (JsonTokens.Is(ref reader, "sessionAttributes"u8)) state.SessionAttributes = LexMapJsonReader.Attributes(ref reader);
            else if (JsonTokens.Is(ref reader, "dialogAction"u8)) state.DialogAction = DialogAction(ref reader);
            else if (JsonTokens.Is(ref reader, "intent"u8)) state.Intent = LexIntentJsonReader.Intent(ref reader);
            else return false;
            return true;
        });

    private static LexDialogAction? DialogAction(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, static (ref Utf8JsonReader reader, LexDialogAction action) =>
        {
            if (JsonTokens.Is(ref reader, "type"u8)) action.Type = JsonTokens.String(ref reader, LexVocabulary.States);
            else if (JsonTokens.Is(ref reader, "slotToElicit"u8)) action.SlotToElicit = JsonTokens.String(ref reader, LexVocabulary.SlotNames);
            else if (JsonTokens.Is(ref reader, "slotElicitationStyle"u8)) action.SlotElicitationStyle = JsonTokens.String(ref reader);
            else return false;
            return true;
        });
}
