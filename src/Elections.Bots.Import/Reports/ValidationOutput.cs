using Elections.Bots.Core;
using Elections.Bots.Import.Dataset;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Golden;

namespace Elections.Bots.Import.Reports;

/// <summary>
/// The findings as JSON for machines: what <c>validate --json</c> prints and what the import function writes to
/// <c>reports/NAME.json</c> — the verdict, every finding listed and what was only counted.
/// </summary>
public sealed record ValidationOutput(
    string Feed,
    string? Format,
    bool Publishable,
    int Errors,
    int Warnings,
    string? DatasetVersion,
    IReadOnlyList<ValidationOutput.Item> Findings,
    IReadOnlyList<OmittedFindings> NotListed,
    IReadOnlyList<ValidationOutput.GoldenAnswer>? Golden)
{
    public sealed record Item(string Severity, string File, int? Line, int? Column, string Code, string Message)
    {
        public static Item From(Finding finding)
        {
            ArgumentNullException.ThrowIfNull(finding);
            return new(finding.Severity.ToString().ToLowerInvariant(), finding.File, finding.Line, finding.Column, finding.Code, finding.Message);
        }
    }

    public sealed record GoldenAnswer(int Line, string Locale, string Question, string Expected, bool Passed, string AnsweredBy, string Said);

    /// <param name="questionFindings">Problems in the golden-questions file: listed with the others, and its errors block publishing too.</param>
    public static ValidationOutput From(string feed, ImportResult result, ImmutableArray<GoldenResult>? golden, ValidationReport? questionFindings = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var questions = questionFindings ?? new ValidationReport([], [], 0, 0);
        return new(
            feed,
            result.Format?.Name,
            !result.Report.HasErrors && !questions.HasErrors,
            result.Report.ErrorCount + questions.ErrorCount,
            result.Report.WarningCount + questions.WarningCount,
            result.Dataset?.Facts.DatasetVersion,
            [.. result.Report.Findings.Concat(questions.Findings).Select(Item.From)],
            [.. result.Report.Omitted, .. questions.Omitted],
            golden?.Select(g => new GoldenAnswer(g.Question.Line, g.Locale.ToTag(), g.Question.Question, g.Question.ExpectedFaqId, g.Passed, g.AnsweredBy, g.Said)).ToList());
    }
}
