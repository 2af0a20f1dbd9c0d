using System.CommandLine;
using Elections.Bots.Cli.Common;

namespace Elections.Bots.Cli.Report;

/// <summary>
/// <c>report unanswered [--days 7] [--top 20] [--csv] (--table NAME [--questions-table NAME] | --file PATH)</c>:
/// the questions the FAQ did not answer, grouped by what they ask, most asked first, each with the closest FAQ
/// entry, so the office knows which entry to add or reword.
/// </summary>
internal static class UnansweredCommand
{
    public const int MaxDays = 30;

    public static Command Create(AnswerOptions answerOptions)
    {
        var days = new Option<int>("--days") { Description = $"How many days back, today included (1–{MaxDays}; questions are kept {MaxDays} days).", DefaultValueFactory = _ => 7 };
        var top = new Option<int>("--top") { Description = "How many groups to show.", DefaultValueFactory = _ => 20 };
        var csv = new Option<bool>("--csv") { Description = "Write CSV (every group, full text) instead of a table." };
        var questionsTable = new Option<string>("--questions-table")
        {
            Description = "The unanswered-questions table. Default: the facts table's name + \"-unanswered\".",
        };
        var file = new Option<string>("--file") { Description = "Read questions from this JSON-lines file (a local run's) instead of DynamoDB." };

        var command = new Command("unanswered", "Group the questions voters asked that the FAQ did not answer.");
        command.Options.Add(days);
        command.Options.Add(top);
        command.Options.Add(csv);
        command.Options.Add(answerOptions.Table);
        command.Options.Add(questionsTable);
        command.Options.Add(answerOptions.Endpoint);
        command.Options.Add(answerOptions.Region);
        command.Options.Add(file);
        command.Options.Add(answerOptions.Data);
        answerOptions.AddClockTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            var (zone, pretendNow) = answerOptions.ReadClock(result);
            var table = result.GetValue(answerOptions.Table) is { Length: > 0 } name
                ? new TableSettings(name, result.GetValue(answerOptions.Endpoint), result.GetValue(answerOptions.Region))
                : null;
            var dayCount = result.GetValue(days);
            if (dayCount is < 1 or > MaxDays) throw new UsageException($"--days {dayCount} is outside 1–{MaxDays}: questions are kept {MaxDays} days.");
            var count = result.GetValue(top);
            if (count < 1) throw new UsageException("--top must be at least 1.");
            var path = result.GetValue(file);
            if ((table is null) == (path is null)) throw new UsageException("Give --table NAME (DynamoDB) or --file PATH (a local run's questions).");
            // A mistyped path must not read as "every question was answered".
            if (path is not null && !File.Exists(path)) throw new UsageException($"--file '{path}' does not exist; give the file chat or serve wrote with --unanswered.");
            var now = pretendNow ?? TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
            return UnansweredReport.RunAsync(new UnansweredSettings(
                dayCount, count, result.GetValue(csv), table,
                table is null ? null : result.GetValue(questionsTable) ?? table.Name + "-unanswered",
                path, AnswerOptions.DataFolder(result.GetValue(answerOptions.Data)), DateOnly.FromDateTime(now.DateTime)),
                Console.Out, cancellationToken);
        });
        return command;
    }
}
