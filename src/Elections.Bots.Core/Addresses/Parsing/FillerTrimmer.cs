using Elections.Bots.Core.Addresses.Pub28;

namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>Cuts what voters say around an address: "I live at …", "mi dirección es …", "… thanks".</summary>
internal static class FillerTrimmer
{
    public static ReadOnlySpan<Token> Trim(ReadOnlySpan<Token> words)
    {
        var number = IndexOfNumber(words);
        var start = 0;
        while (start < words.Length && start != number && Fillers.IsLeading(words[start].Text))
        {
            // Without a house number to anchor on, "La" in "La Salle St" is part of the street.
            if (number < 0 && IsArticle(words[start].Text) && start + 1 < words.Length
                && !Fillers.IsLeading(words[start + 1].Text))
            {
                break;
            }
            start++;
        }
        var end = words.Length;
        while (end > start + 1 && Fillers.IsTrailing(words[end - 1].Text)) end--;
        return words[start..end];
    }

    /// <summary>A PO box or rural route has no street segment; the voter must give where they live.</summary>
    public static bool IsPostOfficeBox(ReadOnlySpan<Token> words)
    {
        if (words.Length < 2) return false;
        var first = words[0].Text;
        var second = words[1].Text;
        return first switch
        {
            "PO" or "POB" or "POBOX" => true,
            "P" => second == "O",
            "POST" => second == "OFFICE",
            "BOX" or "RR" or "HC" => words[1].HasDigit,
            "RURAL" => second == "ROUTE",
            _ => false,
        };
    }

    private static int IndexOfNumber(ReadOnlySpan<Token> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].HasDigit || SpokenNumbers.StartsNumber(words[i].Text)) return i;
        }
        return -1;
    }

    private static bool IsArticle(string word) => word is "THE" or "EL" or "LA";
}
