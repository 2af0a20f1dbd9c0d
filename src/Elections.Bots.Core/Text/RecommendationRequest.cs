namespace Elections.Bots.Core.Text;

/// <summary>
/// Recognizes a request for a voting recommendation ("who should I vote for", "which candidate is better",
/// "¿por quién debo votar?"). An election office's bot stays neutral: such a question must never be answered
/// from whatever FAQ entry happens to share its words, so both the NLU and the FAQ ranker check it.
/// </summary>
public static class RecommendationRequest
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Recommend = Set(
        "recommend", "recommendation", "endorse", "endorsement", "recomienda", "recomiendas", "recomendar",
        "recomendacion", "aconseja", "aconsejas");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Asking = Set(
        "who", "whom", "which", "what", "quien", "quienes", "cual", "cuales", "que");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Judging = Set(
        "should", "better", "best", "worse", "worst", "good", "bad", "mejor", "mejores", "peor", "debo", "deberia",
        "conviene", "bueno", "buena", "malo", "mala");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Choices = Set(
        "candidate", "candidates", "party", "parties", "proposition", "measure", "candidato", "candidata",
        "candidatos", "partido", "partidos", "propuesta", "medida");

    /// <summary>Whether the folded words ask whom or what to vote for.</summary>
    public static bool IsMatch(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens)
    {
        bool asking = false, judging = false, choosing = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = Word(folded, tokens, i);
            if (Recommend.Contains(word)) return true;
            asking |= Asking.Contains(word);
            judging |= Judging.Contains(word);
            choosing |= Choices.Contains(word)
                || (word.SequenceEqual("vote") && i + 1 < tokens.Length && Word(folded, tokens, i + 1).SequenceEqual("for"))
                || (word.SequenceEqual("por") && i + 1 < tokens.Length && Asking.Contains(Word(folded, tokens, i + 1)));
        }
        return asking && judging && choosing;
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int i) =>
        folded.Slice(tokens[i].Start, tokens[i].Length);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
