namespace Elections.Bots.Core.Understanding;

/// <summary>
/// Recognizes a request for a voting recommendation ("who should I vote for", "which candidate is better",
/// "¿por quién debo votar?"). An election office's bot stays neutral: such a question must never be answered
/// from whatever FAQ entry shares its words.
/// </summary>
internal static class RecommendationRequest
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Recommend = Phrases.Set(
        "recommend", "recommendation", "endorse", "endorsement", "recomienda", "recomiendas", "recomendar",
        "recomendacion", "aconseja", "aconsejas");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Asking = Phrases.Set(
        "who", "whom", "which", "what", "quien", "quienes", "cual", "cuales", "que");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Judging = Phrases.Set(
        "should", "better", "best", "worse", "worst", "good", "bad", "mejor", "mejores", "peor", "debo", "deberia",
        "conviene", "bueno", "buena", "malo", "mala");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Choices = Phrases.Set(
        "candidate", "candidates", "party", "parties", "proposition", "measure", "candidato", "candidata",
        "candidatos", "partido", "partidos", "propuesta", "medida");

    public static bool IsMatch(Words words)
    {
        bool asking = false, judging = false, choosing = false;
        for (var i = 0; i < words.Count; i++)
        {
            if (words.IsAny(i, Recommend)) return true;
            asking |= words.IsAny(i, Asking);
            judging |= words.IsAny(i, Judging);
            choosing |= words.IsAny(i, Choices)
                || (words.Is(i, "vote") && words.Is(i + 1, "for"))
                || (words.Is(i, "por") && words.IsAny(i + 1, Asking));
        }
        return asking && judging && choosing;
    }
}
