using Elections.Bots.Import.Dataset;
using Elections.Bots.Import.Findings;

namespace Elections.Bots.Cli.Validate;

/// <summary>
/// The validation report for people: findings grouped by file, in line order, each as
/// <c>file:line:column  severity  code  what to fix</c>, then the verdict.
/// </summary>
internal static class ReportWriter
{
    public static async Task WriteAsync(TextWriter output, ImportResult result)
    {
        var report = result.Report;
        await WriteFindingsAsync(output, report);

        await output.WriteLineAsync($"{report.ErrorCount} error{Plural(report.ErrorCount)}, {report.WarningCount} warning{Plural(report.WarningCount)}.");
        if (result.Dataset is { } dataset)
        {
            var facts = dataset.Facts;
            await output.WriteLineAsync(
                $"Ready to publish as {facts.DatasetVersion}: {facts.JurisdictionName}, {facts.Elections.Length} election{Plural(facts.Elections.Length)}, " +
                $"{facts.Precincts.Count} precincts, {facts.Locations.Count} places, {dataset.Segments.Length} street segments, {facts.Faq.Length} FAQ entries.");
        }
        else
        {
            await output.WriteLineAsync("Not publishable: fix the errors above and validate again.");
        }
    }

    /// <summary>The findings by file, in line order; then what was only counted; then a blank line.</summary>
    public static async Task WriteFindingsAsync(TextWriter output, ValidationReport report)
    {
        foreach (var file in report.Findings.GroupBy(f => f.File))
        {
            await output.WriteLineAsync(file.Key);
            foreach (var finding in file.OrderBy(f => f.Line ?? 0).ThenBy(f => f.Column ?? 0))
            {
                await output.WriteLineAsync($"  {finding.Location,-28} {Label(finding.Severity),-7} {finding.Code}: {finding.Message}");
            }
        }
        foreach (var omitted in report.Omitted)
        {
            await output.WriteLineAsync($"  … and {omitted.Count} more '{omitted.Code}' in {omitted.File} not listed");
        }
        if (!report.Findings.IsEmpty) await output.WriteLineAsync();
    }

    private static string Label(FindingSeverity severity) => severity.ToString().ToLowerInvariant();

    private static string Plural(int count) => count == 1 ? string.Empty : "s";
}
