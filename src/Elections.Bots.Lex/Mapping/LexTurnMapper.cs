using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Mapping;

/// <summary>
/// Reads a Lex event into the engine's channel-neutral <see cref="DialogTurn"/>. Never throws: whatever is
/// missing or odd in the event falls back to "the voter said this text", which the engine can always answer.
/// </summary>
public sealed class LexTurnMapper(double minimumConfidence)
{
    /// <summary>Lex itself accepts at most 1,024 characters of text; anything longer is not a voter's question.</summary>
    public const int MaxTextLength = 1024;

    /// <summary>Longer than any street address; keeps a pasted essay out of the session attribute.</summary>
    public const int MaxSlotLength = 300;

    public LexTurn Map(LexEvent lexEvent)
    {
        var channel = LexChannelDetector.Detect(lexEvent);
        var locale = LocaleTags.ParseOrEnglish(lexEvent.Bot?.LocaleId);
        var session = SessionStateCodec.Decode(
            lexEvent.SessionState?.SessionAttributes?.GetValueOrDefault(SessionStateCodec.AttributeName));
        var text = Cap(lexEvent.InputTranscript?.Trim(), MaxTextLength);
        var sentiment = SentimentOf(lexEvent.Interpretations);
        var lexIntent = lexEvent.SessionState?.Intent ?? FirstIntent(lexEvent.Interpretations);

        // "2" answers the numbered choices just offered, whatever intent Lex guessed for a lone digit.
        if (ChoiceAnswer(text, session) is { } choice)
        {
            var choiceTurn = new DialogTurn(channel, locale, null, DialogTurn.NoSlots, choice, session, sentiment);
            return new LexTurn(lexEvent, choiceTurn, lexIntent, FollowsLexIntent: false);
        }

        var (intent, confidence) = Resolve(lexEvent, lexIntent, session);
        if (intent is null)
        {
            var fallback = new DialogTurn(channel, locale, IntentNames.Fallback, DialogTurn.NoSlots, text, session, sentiment);
            return new LexTurn(lexEvent, fallback, lexIntent, FollowsLexIntent: false);
        }
        var turn = new DialogTurn(channel, locale, LexIntentNames.ToEngine(intent.Name), SlotsOf(intent), text, session, sentiment, confidence);
        return new LexTurn(lexEvent, turn, lexIntent, FollowsLexIntent: ReferenceEquals(intent, lexIntent));
    }

    /// <summary>
    /// Lex's chosen intent when it is one of ours and trusted; otherwise the most confident other reading that is;
    /// otherwise none (the transcript goes to FAQ search). An intent whose slots are filled, or that the engine is
    /// waiting on, is trusted whatever its score: the voter is answering its question.
    /// </summary>
    private (LexIntent? Intent, double? Confidence) Resolve(LexEvent lexEvent, LexIntent? lexIntent, SessionState session)
    {
        var confidence = ConfidenceOf(lexEvent.Interpretations, lexIntent?.Name);
        if (IsOurs(lexIntent) && (confidence is null || confidence >= minimumConfidence
            || session.PendingIntent == lexIntent!.Name || HasFilledSlot(lexIntent)))
        {
            return (lexIntent, confidence);
        }

        (LexIntent? Intent, double? Confidence) best = (null, null);
        foreach (var reading in lexEvent.Interpretations ?? [])
        {
            // Written so that a NaN score fails the test rather than passing it.
            if (reading?.NluConfidence is not { } score || !(score >= minimumConfidence) || !IsOurs(reading.Intent)) continue;
            if (best.Confidence is null || score > best.Confidence) best = (reading.Intent, score);
        }
        return best;
    }

    private static bool IsOurs(LexIntent? intent) =>
        intent?.Name is { } name && name != IntentNames.Fallback && IntentNames.All.Contains(name);

    private static bool HasFilledSlot(LexIntent intent)
    {
        if (intent.Slots is not { } slots) return false;
        foreach (var slot in slots.Values)
        {
            if (LexSlotReader.Read(slot) is not null) return true;
        }
        return false;
    }

    private static double? ConfidenceOf(List<LexInterpretation?>? readings, string? intentName)
    {
        if (readings is null || intentName is null) return null;
        foreach (var reading in readings)
        {
            if (reading?.Intent?.Name == intentName) return reading.NluConfidence is { } score && double.IsFinite(score) ? score : null;
        }
        return null;
    }

    private static LexIntent? FirstIntent(List<LexInterpretation?>? readings)
    {
        if (readings is null) return null;
        foreach (var reading in readings)
        {
            if (reading?.Intent is { } intent) return intent;
        }
        return null;
    }

    private static IReadOnlyDictionary<string, string> SlotsOf(LexIntent intent)
    {
        if (intent.Slots is not { Count: > 0 } slots) return DialogTurn.NoSlots;
        Dictionary<string, string>? values = null;
        foreach (var (name, slot) in slots)
        {
            if (LexSlotReader.Read(slot) is not { } value) continue;
            (values ??= new Dictionary<string, string>(StringComparer.Ordinal))[name] = Cap(value, MaxSlotLength)!;
        }
        return values ?? DialogTurn.NoSlots;
    }

    /// <summary>Comprehend's reading of the top interpretation, which is the voter's words as a whole.</summary>
    private static Sentiment SentimentOf(List<LexInterpretation?>? readings) =>
        readings?.FirstOrDefault()?.SentimentResponse?.Sentiment switch
        {
            LexSentiments.Negative => Sentiment.Negative,
            LexSentiments.Positive => Sentiment.Positive,
            LexSentiments.Neutral => Sentiment.Neutral,
            LexSentiments.Mixed => Sentiment.Mixed,
            _ => Sentiment.Unknown,
        };

    /// <summary>
    /// A pick among the choices just offered, a key ("2", "2#") or words ("the second one", "la segunda"), as its
    /// digit. The engine re-offers the choices when the number is not one of them.
    /// </summary>
    private static string? ChoiceAnswer(string? text, SessionState session) =>
        !session.Choices.IsEmpty && text is not null && ChoiceNumber.Parse(text) is var number and > 0 ? Digits[number] : null;

    private static readonly string[] Digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    private static string? Cap(string? value, int max)
    {
        if (value is null || value.Length <= max) return value;
        // Never leave half a surrogate pair at the cut.
        var cut = char.IsHighSurrogate(value[max - 1]) ? max - 1 : max;
        return value[..cut];
    }
}
