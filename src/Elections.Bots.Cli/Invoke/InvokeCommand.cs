using System.CommandLine;
using Elections.Bots.Cli.Common;
using Elections.Bots.Lex;

namespace Elections.Bots.Cli.Invoke;

/// <summary>
/// <c>invoke lex|alexa</c>: runs a real channel event through the same handler the Lambda function uses, in
/// process, and prints the response JSON. Exit 0 for a response, 1 when the input is not an event of that channel.
/// </summary>
internal static class InvokeCommand
{
    public static Command Create(AnswerOptions options)
    {
        var command = new Command("invoke", "Run a Lex or Alexa event through its handler and print the response JSON.");
        command.Subcommands.Add(Lex(options));
        return command;
    }

    private static Command Lex(AnswerOptions options)
    {
        var eventFile = EventInput.Create();
        var command = new Command("lex", "Invoke the Lex V2 code hook with an event (web, SMS, Amazon Connect).");
        command.Options.Add(eventFile);
        options.AddTo(command, withChannel: false);
        command.SetAction(async (result, cancellationToken) =>
        {
            using var bot = await BotSession.OpenAsync(options.Read(result), cancellationToken);
            var function = new LexFunction(bot.Engine, bot.Options);
            await using var input = EventInput.Open(result.GetValue(eventFile));
            var response = await function.InvokeAsync(input, cancellationToken);
            await using (var stdout = Console.OpenStandardOutput())
            {
                await stdout.WriteAsync(response.Body, cancellationToken);
            }
            Console.WriteLine();
            return response.IsError ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }
}
