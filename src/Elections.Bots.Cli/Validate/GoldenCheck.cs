using System.Collections.Immutable;
using Elections.Bots.Cli.Common;
using Elections.Bots.Core;
using Elections.Bots.Import.Dataset;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Golden;

namespace Elections.Bots.Cli.Validate;

/// <summary>The golden-question gate as validate and publish run it: same engine, same "now" as the checks.</summary>
internal static class GoldenCheck
{
    /// <summary>Every row of the file is read and every problem listed, as the import function's report lists them.</summary>
    public static async Task<GoldenRun> RunAsync(
        string path, LoadedDataset dataset, TimeZoneInfo zone, DateTimeOffset? now, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) throw new UsageException($"--golden '{path}' does not exist.");
        TimeProvider clock = now is { } instant ? new FixedClock(instant) : TimeProvider.System;
        var findings = new FindingCollector();
        var answers = await Import.Golden.GoldenCheck.RunAsync(path, dataset, zone, clock, findings, cancellationToken);
        return new GoldenRun(answers, findings.ToReport());
    }

    public static async Task WriteAsync(TextWriter output, GoldenRun run)
    {
        if (!run.Findings.Findings.IsEmpty)
        {
            await ReportWriter.WriteFindingsAsync(output, run.Findings);
            if (run.Findings.HasErrors) await output.WriteLineAsync($"Golden questions file: {run.Findings.ErrorCount} row(s) could not be asked; fix them.");
        }
        var results = run.Answers;
        var wrong = results.Where(r => !r.Passed).ToList();
        await output.WriteLineAsync($"Golden questions: {results.Length - wrong.Count} of {results.Length} answered as expected.");
        foreach (var miss in wrong)
        {
            await output.WriteLineAsync($"  line {miss.Question.Line} ({miss.Locale.ToTag()}) \"{miss.Question.Question}\"");
            await output.WriteLineAsync($"    expected: {miss.Question.ExpectedFaqId}{(miss.Question.AcceptedIntents.IsEmpty ? "" : " or " + string.Join("/", miss.Question.AcceptedIntents))}");
            await output.WriteLineAsync($"    the bot answered with {miss.AnsweredBy}: {miss.Said}");
        }
    }
}
