using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Understanding;

/// <summary>
/// The local NLU for typed text (CLI chat, the local server): matches it against the same sample utterances
/// that are exported to Lex and Alexa. It is deliberately conservative — a structured intent only when the
/// text is close to one of its utterances, otherwise <see cref="IntentNames.AskQuestion"/> with the text as
/// Query so the engine ranks it against the FAQ ("How do I register to vote?" is a FAQ question, "when is the
/// last day to register" is <see cref="IntentNames.RegistrationDeadline"/>). Immutable; build once and share.
/// </summary>
public sealed class TextInterpreter : ITextInterpreter
{
    /// <summary>Similarity to an utterance needed to pick its intent…</summary>
    public const double ConfidentScore = 0.75;

    /// <summary>…and lead over the next intent; closer than that, the text goes to the FAQ instead.</summary>
    public const double ConfidentMargin = 0.1;

    private static readonly Lazy<TextInterpreter> LazyDefault = new(() => new TextInterpreter(ElectionsBotModel.Intents));

    private readonly LocaleUnderstanding _english;
    private readonly LocaleUnderstanding _spanish;
    private readonly LanguageGuess _languages;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _languageValues;

    public TextInterpreter(ImmutableArray<IntentDefinition> intents)
    {
        // Text reaches the engine whole, which reads a pick itself (ChoiceNumber): the Alexa-only intent teaches nothing here.
        intents = [.. intents.Where(intent => !intent.AlexaOnly)];
        _english = new LocaleUnderstanding(Locale.English, intents);
        _spanish = new LocaleUnderstanding(Locale.Spanish, intents);
        _languages = LanguageGuess.From(
            WordsOf(intents, Locale.English).Concat(EnglishLexicon.StopWords),
            WordsOf(intents, Locale.Spanish).Concat(SpanishLexicon.StopWords));
        _languageValues = intents.Select(i => i.Slot(SlotNames.Language)).OfType<SlotDefinition>()
            .SelectMany(s => s.Type.Values)
            .SelectMany(v => v.Synonyms.Add(v.Value).Select(word => (Word: TextFolding.FoldWord(word), v.Value)))
            .DistinctBy(p => p.Word)
            .ToFrozenDictionary(p => p.Word, p => p.Value, StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The interpreter for <see cref="ElectionsBotModel"/>.</summary>
    public static TextInterpreter Default => LazyDefault.Value;

    /// <summary>
    /// Understands one typed turn. Never throws: empty or unreadable text is Fallback with confidence 0; very
    /// long text is read up to <see cref="Tokenizer.MaxChars"/> characters.
    /// </summary>
    /// <param name="session">Used for numbered choices offered last turn and for an address the engine asked for.</param>
    public Interpretation Interpret(string? text, Locale locale, SessionState? session = null)
    {
        session ??= SessionState.New;
        if (string.IsNullOrWhiteSpace(text)) return Nothing(locale);
        Span<char> folded = stackalloc char[Tokenizer.MaxChars];
        Span<Token> tokens = stackalloc Token[Tokenizer.MaxTokens];
        var count = Tokenizer.Tokenize(text, folded, tokens);
        if (count == 0) return Nothing(locale);
        var words = new Words(text.AsSpan(0, Math.Min(text.Length, Tokenizer.MaxChars)), folded, tokens[..count]);

        if (ChoiceNumber.Parse(words.Folded, words.Tokens) is var picked and > 0 && picked <= session.Choices.Length)
        {
            return Chosen(session.Choices[picked - 1], locale);
        }
        var language = _languages.Guess(words, locale);
        if (RecommendationRequest.IsMatch(words.Folded, words.Tokens))
        {
            return new Interpretation(IntentNames.Fallback, DialogTurn.NoSlots, 1.0, language) { AsksForRecommendation = true };
        }
        return Understand(words, language == Locale.Spanish ? _spanish : _english, session);
    }

    /// <summary>
    /// The engine's view: intent, slots and confidence, plus the detected language, a choice picked with words and
    /// whether the voter asked for a recommendation.
    /// </summary>
    TextInterpretation ITextInterpreter.Interpret(string text, Locale locale, SessionState session)
    {
        var understood = Interpret(text, locale, session);
        return new TextInterpretation(understood.Intent, understood.Slots, understood.Confidence)
        {
            TextLocale = understood.Locale == locale ? null : understood.Locale,
            ChosenFaqId = understood.FaqId,
            AsksForRecommendation = understood.AsksForRecommendation,
        };
    }

    private Interpretation Understand(Words words, LocaleUnderstanding understanding, SessionState session)
    {
        Span<bool> skip = stackalloc bool[words.Count];
        var languageValue = LanguageValue(words, skip);
        var pending = IntentNames.UsesAddress(session.PendingIntent ?? string.Empty) ? session.PendingIntent : null;
        string? address = null;
        if (understanding.Addresses.TryFind(words, pending is not null, out var span))
        {
            address = words.Original(span.Start, span.End);
            skip[span.CarrierStart..(span.End + 1)].Fill(true);
        }
        var queryStart = QueryStart(words, understanding.QueryCarriers, skip);
        var match = understanding.Matcher.Match(words, skip, languageValue is not null);
        var locale = understanding.Locale;

        if (match.Terms == 0)
        {
            // Only a slot and its carrier: "my address is 12 Oak St", "español", "ask".
            if (address is not null)
            {
                return WithAddress(pending ?? Bare(understanding, SlotNames.Address, IntentNames.PollingPlace), address, 0.9, locale);
            }
            if (languageValue is not null) return Slotted(IntentNames.ChangeLanguage, SlotNames.Language, languageValue, 0.9, locale);
            if (queryStart >= 0) return new Interpretation(IntentNames.AskQuestion, DialogTurn.NoSlots, 0.9, locale);
            return Nothing(locale);
        }

        var confident = match.Intent is not null && match.Score >= ConfidentScore &&
                        match.Score - match.RunnerUpScore >= ConfidentMargin;
        if (confident && match.Intent != IntentNames.AskQuestion)
        {
            var intent = match.Intent!;
            if (address is not null && IntentNames.UsesAddress(intent)) return WithAddress(intent, address, match.Score, locale);
            if (languageValue is not null && intent == IntentNames.ChangeLanguage)
            {
                return Slotted(intent, SlotNames.Language, languageValue, match.Score, locale);
            }
            return new Interpretation(intent, DialogTurn.NoSlots, match.Score, locale);
        }
        if (confident && queryStart < 0)
        {
            // "I have a question": the engine asks what it is.
            return new Interpretation(IntentNames.AskQuestion, DialogTurn.NoSlots, match.Score, locale);
        }
        if (address is not null && pending is not null) return WithAddress(pending, address, 0.6, locale);
        return queryStart >= 0
            ? Slotted(IntentNames.AskQuestion, SlotNames.Query, words.Original(queryStart, words.Count - 1), 0.9, locale)
            : Slotted(IntentNames.AskQuestion, SlotNames.Query, words.Source.Trim().ToString(), 1 - match.Score / 2, locale);
    }

    private string? LanguageValue(Words words, Span<bool> skip)
    {
        string? found = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!_languageValues.TryGetValue(words[i], out var value)) continue;
            found ??= value;
            skip[i] = true;
        }
        return found;
    }

    // A question carrier counts only at the start of the text ("ask how to vote early"); alone ("ask") it
    // means a question is coming.
    private static int QueryStart(Words words, ImmutableArray<ImmutableArray<string>> carriers, Span<bool> skip)
    {
        foreach (var carrier in carriers)
        {
            if (!words.StartsWith(0, carrier) || (carrier.Length < words.Count && skip[carrier.Length])) continue;
            skip[..carrier.Length].Fill(true);
            return carrier.Length;
        }
        return -1;
    }

    private static string Bare(LocaleUnderstanding understanding, string slot, string fallback) =>
        understanding.Matcher.BareSlotIntents.GetValueOrDefault(slot, fallback);

    private static Interpretation WithAddress(string intent, string address, double confidence, Locale locale) =>
        Slotted(intent, SlotNames.Address, address, confidence, locale);

    private static Interpretation Slotted(string intent, string slot, string value, double confidence, Locale locale) =>
        new(intent, new Dictionary<string, string>(1, StringComparer.Ordinal) { [slot] = value }, Math.Round(confidence, 3), locale);

    private static Interpretation Nothing(Locale locale) => new(IntentNames.Fallback, DialogTurn.NoSlots, 0, locale);

    // Choices are stored as "faq:ID" or "intent:NAME" (see SessionState.Choices).
    private static Interpretation Chosen(string target, Locale locale)
    {
        const string Faq = "faq:", Intent = "intent:";
        if (target.StartsWith(Faq, StringComparison.Ordinal))
        {
            return new Interpretation(IntentNames.AskQuestion, DialogTurn.NoSlots, 1.0, locale) { FaqId = target[Faq.Length..] };
        }
        var intent = target.StartsWith(Intent, StringComparison.Ordinal) ? target[Intent.Length..] : target;
        return new Interpretation(IntentNames.All.Contains(intent) ? intent : IntentNames.Fallback, DialogTurn.NoSlots, 1.0, locale);
    }

    private static IEnumerable<string> WordsOf(ImmutableArray<IntentDefinition> intents, Locale locale) =>
        intents.SelectMany(i => i.Utterances.For(locale)).SelectMany(u => Phrases.Words(StripSlots(u)));

    private static string StripSlots(string utterance)
    {
        var open = utterance.IndexOf('{');
        while (open >= 0)
        {
            var close = utterance.IndexOf('}', open);
            utterance = string.Concat(utterance.AsSpan(0, open), " ", utterance.AsSpan(close + 1));
            open = utterance.IndexOf('{');
        }
        return utterance;
    }
}
