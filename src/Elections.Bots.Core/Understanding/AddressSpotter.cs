using System.Buffers;

namespace Elections.Bots.Core.Understanding;

/// <summary>
/// Finds a street address in typed text. Typed addresses start with a house number, so a candidate is a word
/// with a digit followed by a street name, and it counts when the bot model's carrier phrase comes right before
/// it ("I live at", "vivo en"), when a street word follows ("St", "Road", "Calle"), or when the engine has just
/// asked for an address and the reply starts with it. It ends where a question resumes ("…, where do I vote").
/// </summary>
internal sealed class AddressSpotter(ImmutableArray<ImmutableArray<string>> carriers)
{
    private const int MaxWords = 12;

    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create("?!;¿¡\n");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetWords = Phrases.Set(
        "st", "street", "rd", "road", "ave", "av", "avenue", "ln", "lane", "dr", "drive", "blvd", "boulevard", "ct",
        "court", "way", "hwy", "highway", "pkwy", "parkway", "ter", "terrace", "cir", "circle", "pike", "trl", "trail",
        "route", "rte", "calle", "avenida", "camino", "carretera");

    // Words that start the question again after an address; none of them is part of a US street address.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuestionWords = Phrases.Set(
        "where", "when", "what", "how", "can", "could", "do", "does", "is", "are", "which", "who", "will", "would",
        "should", "i", "my", "please", "thanks", "thank", "and", "then", "also", "donde", "cuando", "que", "como",
        "cual", "puedo", "puede", "mi", "mis", "y", "gracias", "tengo", "quiero", "necesito", "voto", "votar");

    public bool TryFind(Words words, bool expectingAddress, out SlotSpan span)
    {
        span = default;
        for (var i = 0; i < words.Count; i++)
        {
            if (!words.HasDigit(i)) continue;
            var end = EndOf(words, i);
            var streetWord = false;
            var named = false;
            for (var k = i + 1; k <= end; k++)
            {
                named |= !words.HasDigit(k);
                streetWord |= words.IsAny(k, StreetWords);
            }
            if (!named) continue;
            var carrier = CarrierLength(words, i);
            if (carrier > 0 || streetWord || (expectingAddress && i == 0))
            {
                span = new SlotSpan(i - carrier, i, end);
                return true;
            }
        }
        return false;
    }

    private int CarrierLength(Words words, int start)
    {
        foreach (var carrier in carriers)
        {
            if (words.StartsWith(start - carrier.Length, carrier)) return carrier.Length;
        }
        return 0;
    }

    private static int EndOf(Words words, int start)
    {
        var end = start;
        for (var k = start + 1; k < words.Count && k - start < MaxWords; k++)
        {
            if (words.Between(k - 1, k).ContainsAny(SentenceBreaks) || words.IsAny(k, QuestionWords)) break;
            end = k;
        }
        return end;
    }
}
