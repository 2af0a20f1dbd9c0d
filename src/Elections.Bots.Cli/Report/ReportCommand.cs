using System.CommandLine;
using Elections.Bots.Cli.Common;

namespace Elections.Bots.Cli.Report;

/// <summary><c>report</c>: what voters asked that the bot could not answer, for the office.</summary>
internal static class ReportCommand
{
    public static Command Create(AnswerOptions answerOptions) =>
        new("report", "Reports for the elections office.") { UnansweredCommand.Create(answerOptions) };
}
