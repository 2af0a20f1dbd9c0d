using System.CommandLine;
using Elections.Bots.Cli.Common;
using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Cli.Chat;

/// <summary><c>chat</c>: talk to the bot in the terminal, one conversation, until "quit" or end of input.</summary>
internal static class ChatCommand
{
    public static Command Create(AnswerOptions options)
    {
        var command = new Command("chat", "Chat with the bot on a dataset (the bundled Millbrook sample by default).");
        options.AddTo(command);
        command.Options.Add(options.Unanswered);
        command.SetAction((result, cancellationToken) =>
            RunAsync(options.Read(result), Console.In, Console.Out, cancellationToken, options.ReadQuestions(result)));
        return command;
    }

    /// <param name="questions">Where the questions the FAQ could not answer go (<c>--unanswered</c>); null records none.</param>
    public static async Task<int> RunAsync(
        AnswerSettings settings, TextReader input, TextWriter output, CancellationToken cancellationToken, LocalQuestions? questions = null)
    {
        using var bot = await BotSession.OpenAsync(settings, cancellationToken, questions?.FilePath is null ? null : questions);
        try
        {
            await ConverseAsync(bot, input, output, cancellationToken);
        }
        finally
        {
            await bot.FlushAsync(CancellationToken.None);
        }
        if (bot.Questions is { FilePath: { } file } recorded)
        {
            await output.WriteLineAsync(recorded.Lost == 0
                ? $"{LocalQuestions.InWords(recorded.Recent.Count)}, redacted, appended to {file}."
                : $"warning: {LocalQuestions.InWords(recorded.Lost)} could not be appended to {file}.");
        }
        return ExitCodes.Success;
    }

    private static async Task ConverseAsync(BotSession bot, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var settings = bot.Settings;
        var facts = bot.Facts;
        await output.WriteLineAsync($"{facts.JurisdictionName} — dataset {facts.DatasetVersion}, {settings.Locale.ToTag()}, {settings.Channel} channel. Type 'quit' to leave.");

        var session = SessionState.New;
        var welcome = await bot.AnswerAsync(
            new DialogTurn(settings.Channel, settings.Locale, Core.BotModel.IntentNames.Welcome, DialogTurn.NoSlots, null, session), cancellationToken);
        await output.WriteLineAsync(ChannelPreview.Render(welcome, settings.Channel));
        session = welcome.Session;

        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync("> ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim() is "quit" or "exit" or "salir") break;
            var reply = await bot.AskAsync(line, session, cancellationToken);
            await output.WriteLineAsync(ChannelPreview.Render(reply, settings.Channel));
            session = reply.Session;
            if (reply.EndConversation) break;
        }
    }
}
