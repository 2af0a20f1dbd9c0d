using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Privacy;

/// <summary>
/// Words the bot knows, folded: its sample utterances in both languages, the lexicons' function words and
/// election synonyms, days, months and language names. A capitalized word that is none of these, in the
/// middle of a sentence, is taken for a name ("can Maria Lopez vote early" → "can [name] vote early").
/// </summary>
internal static class KnownWords
{
    private static readonly string[] Calendar =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
        "english", "spanish", "ingles", "espanol", "castellano", "i", "ok", "okay",
    ];

    public static readonly FrozenSet<string> All = Build();

    private static FrozenSet<string> Build()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        void AddText(string text)
        {
            foreach (var word in text.Split([' ', '{', '}', '?', '.', ',', '¿', '!', '¡'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (Redactor.Fold(word) is { Length: > 0 } folded) words.Add(folded);
            }
        }

        foreach (var intent in ElectionsBotModel.Intents)
        {
            foreach (var utterance in intent.Utterances.English) AddText(utterance);
            foreach (var utterance in intent.Utterances.Spanish) AddText(utterance);
        }
        foreach (var list in (string[][])[EnglishLexicon.StopWords, EnglishLexicon.QuestionWords, SpanishLexicon.StopWords, SpanishLexicon.QuestionWords, Calendar])
        {
            foreach (var word in list) AddText(word);
        }
        foreach (var (canonical, variants) in EnglishLexicon.Synonyms.Concat(SpanishLexicon.Synonyms))
        {
            AddText(canonical);
            foreach (var variant in variants) AddText(variant);
        }
        foreach (var (phrase, canonical) in EnglishLexicon.Phrases.Concat(SpanishLexicon.Phrases))
        {
            AddText(phrase);
            AddText(canonical);
        }
        words.UnionWith(RedactionWords.Stops);
        words.UnionWith(RedactionWords.Quantities);
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
