using System.Collections.Immutable;
using System.CommandLine;
using System.Text.Json;
using Elections.Bots.Cli.Common;

namespace Elections.Bots.Cli.Validate;

/// <summary>
/// <c>validate FEED [--faq FILE] [--json]</c>: every problem in an administrator's files, with file, line and
/// column. Exit 0 when publishable (warnings allowed), 1 when any error blocks publishing, 2 for usage.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(AnswerOptions clock)
    {
        var feed = new Argument<string>("feed") { Description = "The VIP 5.x feed: a folder or .zip of .txt/.csv files, or one .xml file." };
        var faq = new Option<string>("--faq") { Description = "The office's FAQ, .csv or .xlsx (first sheet)." };
        var notices = new Option<string>("--notices") { Description = "Optional notices.csv." };
        var golden = new Option<string>("--golden") { Description = "golden-questions.csv: questions the bot must answer right (faq-intents.csv beside it is read too)." };
        var json = new Option<bool>("--json") { Description = "Print the findings as JSON." };
        var command = new Command("validate", "Check a feed (and FAQ) and list every problem with file, line and column.");
        command.Arguments.Add(feed);
        command.Options.Add(faq);
        command.Options.Add(notices);
        command.Options.Add(golden);
        command.Options.Add(json);
        clock.AddClockTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            var (zone, now) = clock.ReadClock(result);
            var request = new ValidateRequest(result.GetValue(feed)!, result.GetValue(faq), result.GetValue(notices), result.GetValue(golden), zone, now);
            return RunAsync(request, result.GetValue(json), Console.Out, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(ValidateRequest request, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var result = FeedImport.Run(request.Feed, request.Faq, request.Notices, request.TimeZone, request.Now);
        var golden = request.Golden is { } path && result.Dataset is { } dataset
            ? await GoldenCheck.RunAsync(path, dataset, request.TimeZone, request.Now, cancellationToken)
            : (ImmutableArray<Import.Golden.GoldenResult>?)null;
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(ValidationOutput.From(request.Feed, result, golden), ValidateJsonContext.Readable.ValidationOutput));
        }
        else
        {
            await ReportWriter.WriteAsync(output, result);
            if (golden is { } answers) await GoldenCheck.WriteAsync(output, answers);
        }
        var goldenFailed = golden?.Any(g => !g.Passed) == true;
        return result.Report.HasErrors || goldenFailed ? ExitCodes.Failure : ExitCodes.Success;
    }
}
