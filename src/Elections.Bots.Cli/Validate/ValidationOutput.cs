using System.Collections.Immutable;
using Elections.Bots.Import.Dataset;
using Elections.Bots.Core;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Golden;

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
    IReadOnlyList<OmittedFindings> NotListed,
    IReadOnlyList<ValidationOutput.GoldenAnswer>? Golden)
{
    public sealed record Item(string Severity, string File, int? Line, int? Column, string Code, string Message);

    public sealed record GoldenAnswer(int Line, string Locale, string Question, string Expected, bool Passed, string AnsweredBy, string Said);

    public static ValidationOutput From(string feed, ImportResult result, ImmutableArray<GoldenResult>? golden) => new(
        feed,
        result.Format?.Name,
        !result.Report.HasErrors,
        result.Report.ErrorCount,
        result.Report.WarningCount,
        result.Dataset?.Facts.DatasetVersion,
        [.. result.Report.Findings.Select(f => new Item(f.Severity.ToString().ToLowerInvariant(), f.File, f.Line, f.Column, f.Code, f.Message))],
        result.Report.Omitted,
        golden?.Select(g => new GoldenAnswer(g.Question.Line, g.Locale.ToTag(), g.Question.Question, g.Question.ExpectedFaqId, g.Passed, g.AnsweredBy, g.Said)).ToList());
}
