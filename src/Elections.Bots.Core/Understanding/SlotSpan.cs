namespace Elections.Bots.Core.Understanding;

/// <summary>Where a slot value sits among a text's words: its carrier phrase starts at <see cref="CarrierStart"/>, the value spans <see cref="Start"/>–<see cref="End"/> (inclusive).</summary>
internal readonly record struct SlotSpan(int CarrierStart, int Start, int End);
