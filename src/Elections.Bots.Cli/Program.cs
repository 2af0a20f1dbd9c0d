using System.CommandLine;
using Elections.Bots.Cli.Ask;
using Elections.Bots.Cli.Chat;
using Elections.Bots.Cli.Common;
using Elections.Bots.Import;

var answerOptions = new AnswerOptions();
var root = new RootCommand("Elections.Bots: answers voters' election questions from one dataset, on every channel.")
{
    ChatCommand.Create(answerOptions),
    AskCommand.Create(answerOptions),
};

try
{
    // Our own handlers below say what went wrong in a sentence; the default one would print a stack trace.
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UsageException usage)
{
    await Console.Error.WriteLineAsync("error: " + usage.Message);
    return ExitCodes.Usage;
}
catch (DatasetLoadException data)
{
    await Console.Error.WriteLineAsync("error: " + data.Message);
    return ExitCodes.Failure;
}
