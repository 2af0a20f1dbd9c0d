namespace Elections.Bots.Import.Findings;

/// <summary>Findings of one code in one file that were counted but not listed (past the per-kind limit).</summary>
public sealed record OmittedFindings(string Code, string File, int Count);
