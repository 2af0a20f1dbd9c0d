using System.CommandLine;
using Elections.Bots.Cli.Common;
using Elections.Bots.Cli.Validate;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Cli.Preview;

/// <summary>
/// <c>preview QUESTION --feed FEED --faq FILE</c>: what voters would hear from files not yet published. A feed
/// with errors is not previewed: its answers could be wrong, so the errors are shown instead.
/// </summary>
internal static class PreviewCommand
{
    public static Command Create(AnswerOptions options)
    {
        var question = new Argument<string>("question") { Description = "The question, in quotes." };
        var feed = new Option<string>("--feed") { Description = "The VIP 5.x feed: folder, .zip or .xml.", Required = true };
        var faq = new Option<string>("--faq") { Description = "The office's FAQ, .csv or .xlsx.", Required = true };
        var command = new Command("preview", "Answer a question from an unpublished feed and FAQ.");
        command.Arguments.Add(question);
        command.Options.Add(feed);
        command.Options.Add(faq);
        options.AddTo(command, withData: false);
        command.SetAction((result, cancellationToken) => RunAsync(options.Read(result), result.GetValue(question) ?? string.Empty,
            result.GetValue(feed)!, result.GetValue(faq)!, Console.Out, Console.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(AnswerSettings settings, string question, string feed, string faq,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var result = FeedImport.Run(feed, faq, null, settings.TimeZone, settings.Now);
        if (result.Dataset is not { } dataset)
        {
            await error.WriteLineAsync("The files have errors, so there is nothing safe to preview:");
            await ReportWriter.WriteAsync(error, result);
            return ExitCodes.Failure;
        }
        using var bot = BotSession.ForDataset(settings, dataset);
        var reply = await bot.AskAsync(question, SessionState.New, cancellationToken);
        await output.WriteLineAsync(ChannelPreview.Render(reply, settings.Channel));
        return ExitCodes.Success;
    }
}
