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
    return await root.Parse(args).InvokeAsync();
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
