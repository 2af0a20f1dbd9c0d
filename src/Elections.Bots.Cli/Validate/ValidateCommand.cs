using System.Collections.Immutable;
using System.CommandLine;
using System.Text.Json;
using Elections.Bots.Cli.Common;
using Elections.Bots.Import.Reports;

namespace Elections.Bots.Cli.Validate;

/// <summary>
/// <c>validate FEED [--faq FILE] [--json]</c>: every problem in an administrator's files, with file, line and
/// column. Exit 0 when publishable (warnings allowed), 1 when any error blocks publishing, 2 for usage.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(AnswerOptions clock)
    {
        var files = new FeedOptions(clock, faqRequired: false);
        var json = new Option<bool>("--json") { Description = "Print the findings as JSON." };
        var command = new Command("validate", "Check a feed (and FAQ) and list every problem with file, line and column.");
        files.AddTo(command);
        command.Options.Add(json);
        command.SetAction((result, cancellationToken) => RunAsync(files.Read(result), result.GetValue(json), Console.Out, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(ValidateRequest request, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var result = FeedImport.Run(request.Feed, request.Faq, request.Notices, request.TimeZone, request.Now);
        var golden = request.Golden is { } path && result.Dataset is { } dataset
            ? await GoldenCheck.RunAsync(path, dataset, request.TimeZone, request.Now, cancellationToken)
            : null;
        if (json)
        {
            var report = ValidationOutput.From(request.Feed, result, golden?.Answers, golden?.Findings);
            await output.WriteLineAsync(JsonSerializer.Serialize(report, ReportJsonContext.Readable.ValidationOutput));
        }
        else
        {
            await ReportWriter.WriteAsync(output, result);
            if (golden is { } answers) await GoldenCheck.WriteAsync(output, answers);
        }
        var goldenFailed = golden?.Passed == false;
        return result.Report.HasErrors || goldenFailed ? ExitCodes.Failure : ExitCodes.Success;
    }
}
