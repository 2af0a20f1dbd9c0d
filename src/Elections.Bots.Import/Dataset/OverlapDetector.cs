using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Dataset;

/// <summary>
/// VIP's rule that no address may fall in two precincts (vip.md §1.6 item 8): same street (name, directions,
/// suffix, state, ZIP — not city, whose spelling varies), different precincts, intersecting ranges with a house
/// number both sides' odd/even rule admits. Street-wide and town-wide segments are left out, as VIP does; unit,
/// prefix and suffix are part of the street key, because a single-address segment with a unit legitimately
/// carves one building out of a range.
/// </summary>
internal static class OverlapDetector
{
    private readonly record struct StreetKey(
        string Name, string? PreDirectional, string? Suffix, string? PostDirectional, string State, string? Zip,
        string? Prefix, string? HouseSuffix, string? Unit);

    public static void Check(SegmentSet set, FindingCollector findings)
    {
        var streets = new Dictionary<StreetKey, List<int>>();
        for (var i = 0; i < set.Segments.Length; i++)
        {
            var s = set.Segments[i];
            if (s.IncludesAllAddresses || s.IncludesAllStreets) continue;
            var key = new StreetKey(s.StreetName, s.PreDirectional, s.StreetSuffix, s.PostDirectional, s.State, s.Zip,
                s.HouseNumberPrefix, s.HouseNumberSuffix, s.UnitNumber);
            if (!streets.TryGetValue(key, out var list)) streets[key] = list = [];
            list.Add(i);
        }
        foreach (var list in streets.Values)
        {
            if (list.Count > 1) CheckStreet(set, list, findings);
        }
    }

    /// <summary>
    /// Sweeps one street by start number, keeping per precinct and side the active segment that reaches furthest:
    /// linear in the street's segments times the precincts it crosses, even on a feed full of overlaps.
    /// </summary>
    private static void CheckStreet(SegmentSet set, List<int> indexes, FindingCollector findings)
    {
        indexes.Sort((a, b) => set.Segments[a].StartHouseNumber.CompareTo(set.Segments[b].StartHouseNumber));
        var furthest = new Dictionary<(string Precinct, OddEvenBoth Parity), int>();
        foreach (var index in indexes)
        {
            var segment = set.Segments[index];
            foreach (var ((precinct, parity), other) in furthest)
            {
                if (precinct == segment.PrecinctId) continue;
                var reach = set.Segments[other];
                var high = Math.Min(segment.EndHouseNumber, reach.EndHouseNumber);
                if (reach.EndHouseNumber >= segment.StartHouseNumber && SharesANumber(segment.StartHouseNumber, high, segment.Parity, parity))
                {
                    findings.Error(set.FileName, set.Lines[index], null, FindingCodes.Overlaps,
                        $"segment '{segment.Id}' ({segment.StartHouseNumber}-{segment.EndHouseNumber} {segment.StreetName}) puts addresses in precinct " +
                        $"'{segment.PrecinctId}' that segment '{reach.Id}' (line {set.Lines[other]}) puts in '{reach.PrecinctId}'; " +
                        "an address must match one precinct — fix the ranges");
                    break;
                }
            }
            var slot = (segment.PrecinctId, segment.Parity);
            if (!furthest.TryGetValue(slot, out var current) || set.Segments[current].EndHouseNumber < segment.EndHouseNumber)
            {
                furthest[slot] = index;
            }
        }
    }

    private static bool SharesANumber(int low, int high, OddEvenBoth a, OddEvenBoth b)
    {
        if (low > high) return false;
        var wanted = a == OddEvenBoth.Both ? b : a;
        if (a != OddEvenBoth.Both && b != OddEvenBoth.Both && a != b) return false;
        if (wanted == OddEvenBoth.Both) return true;
        var firstOdd = low % 2 != 0;
        var hasOdd = firstOdd || low < high;
        var hasEven = !firstOdd || low < high;
        return wanted == OddEvenBoth.Odd ? hasOdd : hasEven;
    }
}
