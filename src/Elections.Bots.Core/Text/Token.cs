namespace Elections.Bots.Core.Text;

/// <summary>
/// One word of a text: its folded form at <see cref="Start"/>/<see cref="Length"/> in the caller's buffer and
/// where it came from in the original text (<see cref="SourceStart"/> inclusive, <see cref="SourceEnd"/> exclusive),
/// so a slot value can be cut from what the voter actually wrote. <see cref="StartsClause"/>: the word opens
/// the text or follows punctuation, where "who" and "when" ask questions rather than join clauses.
/// </summary>
public readonly record struct Token(int Start, int Length, int SourceStart, int SourceEnd, bool StartsClause = false);
