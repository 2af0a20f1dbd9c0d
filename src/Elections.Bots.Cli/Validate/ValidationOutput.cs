using Elections.Bots.Import.Dataset;
using Elections.Bots.Import.Findings;

namespace Elections.Bots.Cli.Validate;

/// <summary>What <c>validate --json</c> prints: the verdict, every finding listed and what was only counted.</summary>
internal sealed record ValidationOutput(
    string Feed,
    string? Format,
    bool Publishable,
    int Errors,
    int Warnings,
    string? DatasetVersion,
    IReadOnlyList<ValidationOutput.Item> Findings,
    IReadOnlyList<OmittedFindings> NotListed)
{
    public sealed record Item(string Severity, string File, int? Line, int? Column, string Code, string Message);

    public static ValidationOutput From(string feed, ImportResult result) => new(
        feed,
        result.Format?.Name,
        !result.Report.HasErrors,
        result.Report.ErrorCount,
        result.Report.WarningCount,
        result.Dataset?.Facts.DatasetVersion,
        [.. result.Report.Findings.Select(f => new Item(f.Severity.ToString().ToLowerInvariant(), f.File, f.Line, f.Column, f.Code, f.Message))],
        result.Report.Omitted);
}
