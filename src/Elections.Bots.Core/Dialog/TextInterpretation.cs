namespace Elections.Bots.Core.Dialog;

/// <summary>An intent read from text, with its slots and how sure the reader is (0–1).</summary>
public sealed record TextInterpretation(string Intent, IReadOnlyDictionary<string, string> Slots, double Confidence);
