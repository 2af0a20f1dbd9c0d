namespace Elections.Bots.Import.Findings;

/// <summary>
/// One problem in an administrator's files: where it is (file, 1-based line and column when known), a stable
/// kebab-case <see cref="Code"/> (VIP's own name where its validator has one) and a sentence saying what to fix.
/// </summary>
public sealed record Finding(FindingSeverity Severity, string File, int? Line, int? Column, string Code, string Message)
{
    public bool IsError => Severity == FindingSeverity.Error;

    /// <summary>"precinct.txt:4:6" or "faq.csv" — the place, as editors and compilers print it.</summary>
    public string Location => (Line, Column) switch
    {
        (null, _) => File,
        (_, null) => $"{File}:{Line}",
        _ => $"{File}:{Line}:{Column}",
    };
}
