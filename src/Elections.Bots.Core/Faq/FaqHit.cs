using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Faq;

/// <summary>One ranked entry; <see cref="Score"/> is 0–1, comparable across questions (not just within one).</summary>
public readonly record struct FaqHit(FaqEntry Entry, double Score);
