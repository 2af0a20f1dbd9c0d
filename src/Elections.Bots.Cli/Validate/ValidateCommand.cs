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
        var json = new Option<bool>("--json") { Description = "Print the findings as JSON." };
        var command = new Command("validate", "Check a feed (and FAQ) and list every problem with file, line and column.");
        command.Arguments.Add(feed);
        command.Options.Add(faq);
        command.Options.Add(notices);
        command.Options.Add(json);
        clock.AddClockTo(command);
        command.SetAction((result, _) =>
        {
            var (zone, now) = clock.ReadClock(result);
            return RunAsync(result.GetValue(feed)!, result.GetValue(faq), result.GetValue(notices), zone, now, result.GetValue(json), Console.Out);
        });
        return command;
    }

    public static async Task<int> RunAsync(string feed, string? faq, string? notices, TimeZoneInfo zone, DateTimeOffset? now, bool json, TextWriter output)
    {
        var result = FeedImport.Run(feed, faq, notices, zone, now);
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(ValidationOutput.From(feed, result), ValidateJsonContext.Readable.ValidationOutput));
        }
        else
        {
            await ReportWriter.WriteAsync(output, result);
        }
        return result.Report.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
    }
}
