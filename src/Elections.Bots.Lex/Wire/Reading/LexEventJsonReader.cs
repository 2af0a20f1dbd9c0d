using System.Text.Json;

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
    /// <exception cref="InvalidOperationException">A string cannot be read as text (a lone surrogate escape).</exception>
    public static LexEvent? Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, Options);
        JsonTokens.Advance(ref reader);
        var lexEvent = Event(ref reader);
        // A second value after the event makes the reader throw; its absence ends the read.
        if (reader.Read()) throw new JsonException("Content follows the event.");
        return lexEvent;
    }

    private static LexEvent? Event(ref Utf8JsonReader reader)
    {
        if (!JsonTokens.StartObject(ref reader)) return null;
        var lexEvent = new LexEvent();
        while (JsonTokens.NextProperty(ref reader))
        {
            if (JsonTokens.Is(ref reader, "invocationSource"u8)) lexEvent.InvocationSource = JsonTokens.String(ref reader, LexVocabulary.InvocationSources);
            else if (JsonTokens.Is(ref reader, "inputMode"u8)) lexEvent.InputMode = JsonTokens.String(ref reader, LexVocabulary.InputModes);
            else if (JsonTokens.Is(ref reader, "inputTranscript"u8)) lexEvent.InputTranscript = JsonTokens.String(ref reader);
            else if (JsonTokens.Is(ref reader, "bot"u8)) lexEvent.Bot = Bot(ref reader);
            else if (JsonTokens.Is(ref reader, "interpretations"u8)) lexEvent.Interpretations = Interpretations(ref reader);
            else if (JsonTokens.Is(ref reader, "proposedNextState"u8)) lexEvent.ProposedNextState = ProposedNextState(ref reader);
            else if (JsonTokens.Is(ref reader, "requestAttributes"u8)) lexEvent.RequestAttributes = LexMapJsonReader.Attributes(ref reader);
            else if (JsonTokens.Is(ref reader, "sessionState"u8)) lexEvent.SessionState = SessionState(ref reader);
            else JsonTokens.SkipProperty(ref reader);
        }
        return lexEvent;
    }

    private static LexBot? Bot(ref Utf8JsonReader reader)
    {
        if (!JsonTokens.StartObject(ref reader)) return null;
        var bot = new LexBot();
        while (JsonTokens.NextProperty(ref reader))
        {
            if (JsonTokens.Is(ref reader, "localeId"u8)) bot.LocaleId = JsonTokens.String(ref reader, LexVocabulary.LocaleIds);
            else JsonTokens.SkipProperty(ref reader);
        }
        return bot;
    }

    private static List<LexInterpretation?>? Interpretations(ref Utf8JsonReader reader)
    {
        if (!JsonTokens.StartArray(ref reader)) return null;
        var readings = new List<LexInterpretation?>(3);
        while (JsonTokens.NextElement(ref reader)) readings.Add(Interpretation(ref reader));
        return readings;
    }

    private static LexInterpretation? Interpretation(ref Utf8JsonReader reader)
    {
        if (!JsonTokens.StartObject(ref reader)) return null;
        var reading = new LexInterpretation();
        while (JsonTokens.NextProperty(ref reader))
        {
            if (JsonTokens.Is(ref reader, "intent"u8)) reading.Intent = LexIntentJsonReader.Intent(ref reader);
            // The context's own number rules (numbers as strings allowed, out of range refused), not a copy of them.
            else if (JsonTokens.Is(ref reader, "nluConfidence"u8)) reading.NluConfidence = JsonSerializer.Deserialize(ref reader, LexJsonContext.Default.NullableDouble);
            else if (JsonTokens.Is(ref reader, "sentimentResponse"u8)) reading.SentimentResponse = SentimentResponse(ref reader);
            else JsonTokens.SkipProperty(ref reader);
        }
        return reading;
    }

    private static LexSentimentResponse? SentimentResponse(ref Utf8JsonReader reader)
    {
        if (!JsonTokens.StartObject(ref reader)) return null;
        var sentiment = new LexSentimentResponse();
        while (JsonTokens.NextProperty(ref reader))
        {
            if (JsonTokens.Is(ref reader, "sentiment"u8)) sentiment.Sentiment = JsonTokens.String(ref reader, LexVocabulary.States);
            else JsonTokens.SkipProperty(ref reader);
        }
        return sentiment;
    }

    private static LexProposedNextState? ProposedNextState(ref Utf8JsonReader reader)
    {
        if (!JsonTokens.StartObject(ref reader)) return null;
        var next = new LexProposedNextState();
        while (JsonTokens.NextProperty(ref reader))
        {
            if (JsonTokens.Is(ref reader, "dialogAction"u8)) next.DialogAction = DialogAction(ref reader);
            else if (JsonTokens.Is(ref reader, "intent"u8)) next.Intent = LexIntentJsonReader.Intent(ref reader);
            else if (JsonTokens.Is(ref reader, "prompt"u8)) next.Prompt = Prompt(ref reader);
            else JsonTokens.SkipProperty(ref reader);
        }
        return next;
    }

    private static LexPrompt? Prompt(ref Utf8JsonReader reader)
    {
        if (!JsonTokens.StartObject(ref reader)) return null;
        var prompt = new LexPrompt();
        while (JsonTokens.NextProperty(ref reader))
        {
            if (JsonTokens.Is(ref reader, "attempt"u8)) prompt.Attempt = JsonTokens.String(ref reader, LexVocabulary.States);
            else JsonTokens.SkipProperty(ref reader);
        }
        return prompt;
    }

    private static LexSessionState? SessionState(ref Utf8JsonReader reader)
    {
        if (!JsonTokens.StartObject(ref reader)) return null;
        var state = new LexSessionState();
        while (JsonTokens.NextProperty(ref reader))
        {
            if (JsonTokens.Is(ref reader, "sessionAttributes"u8)) state.SessionAttributes = LexMapJsonReader.Attributes(ref reader);
            else if (JsonTokens.Is(ref reader, "dialogAction"u8)) state.DialogAction = DialogAction(ref reader);
            else if (JsonTokens.Is(ref reader, "intent"u8)) state.Intent = LexIntentJsonReader.Intent(ref reader);
            else JsonTokens.SkipProperty(ref reader);
        }
        return state;
    }

    private static LexDialogAction? DialogAction(ref Utf8JsonReader reader)
    {
        if (!JsonTokens.StartObject(ref reader)) return null;
        var action = new LexDialogAction();
        while (JsonTokens.NextProperty(ref reader))
        {
            if (JsonTokens.Is(ref reader, "type"u8)) action.Type = JsonTokens.String(ref reader, LexVocabulary.States);
            else if (JsonTokens.Is(ref reader, "slotToElicit"u8)) action.SlotToElicit = JsonTokens.String(ref reader, LexVocabulary.SlotNames);
            else if (JsonTokens.Is(ref reader, "slotElicitationStyle"u8)) action.SlotElicitationStyle = JsonTokens.String(ref reader);
            else JsonTokens.SkipProperty(ref reader);
        }
        return action;
    }
}
