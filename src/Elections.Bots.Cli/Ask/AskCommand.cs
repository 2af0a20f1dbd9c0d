using System.CommandLine;
using System.Text.Json;
using Elections.Bots.Cli.Common;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Cli.Ask;

/// <summary><c>ask "question"</c>: one question, one answer; <c>--json</c> adds which facts answered.</summary>
internal static class AskCommand
{
    public static Command Create(AnswerOptions options)
    {
        var question = new Argument<string>("question") { Description = "The question, in quotes." };
        var json = new Option<bool>("--json") { Description = "Print the reply and its trace as JSON." };
        var command = new Command("ask", "Ask one question and print the answer.");
        command.Arguments.Add(question);
        command.Options.Add(json);
        options.AddTo(command);
        command.SetAction((result, cancellationToken) =>
            RunAsync(options.Read(result), result.GetValue(question) ?? string.Empty, result.GetValue(json), Console.Out, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(AnswerSettings settings, string question, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        using var bot = await BotSession.OpenAsync(settings, cancellationToken);
        var reply = await bot.AskAsync(question, SessionState.New, cancellationToken);
        await output.WriteLineAsync(json
            ? JsonSerializer.Serialize(AskResult.From(reply), AskJsonContext.Readable.AskResult)
            : ChannelPreview.Render(reply, settings.Channel));
        return ExitCodes.Success;
    }
}
