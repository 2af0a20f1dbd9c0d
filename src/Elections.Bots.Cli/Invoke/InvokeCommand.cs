using System.CommandLine;
using Elections.Bots.Cli.Common;
using Elections.Bots.Alexa;
using Elections.Bots.Alexa.DeviceAddress;
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
        command.Subcommands.Add(Alexa(options));
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

    private static Command Alexa(AnswerOptions options)
    {
        var eventFile = EventInput.Create();
        var skillId = new Option<string>("--skill-id")
        {
            Description = "The skill id requests must carry (as in the Lambda's ALEXA_SKILL_ID). Default: the ALEXA_SKILL_ID variable.",
        };
        var command = new Command("alexa", "Invoke the Alexa skill handler with a request envelope.");
        command.Options.Add(eventFile);
        command.Options.Add(skillId);
        options.AddTo(command, withChannel: false);
        command.SetAction(async (result, cancellationToken) =>
        {
            // The CLI is a composition root like the Lambda's: this is the one place it reads the skill id variable.
            var id = result.GetValue(skillId) ?? Environment.GetEnvironmentVariable("ALEXA_SKILL_ID");
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new UsageException("the skill id is required: pass --skill-id amzn1.ask.skill.… or set ALEXA_SKILL_ID.");
            }
            using var bot = await BotSession.OpenAsync(options.Read(result), cancellationToken);
            using var http = new HttpClient();
            var function = new AlexaFunction(bot.Engine, new AlexaOptions { SkillId = id }, new DeviceAddressClient(http));
            await using var input = EventInput.Open(result.GetValue(eventFile));
            var response = await function.InvokeAsync(input, cancellationToken);
            await using (var stdout = Console.OpenStandardOutput())
            {
                await stdout.WriteAsync(response.Body, cancellationToken);
            }
            Console.WriteLine();
            return response.IsRefused ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }
}
