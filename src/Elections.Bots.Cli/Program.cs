using System.CommandLine;
using Elections.Bots.Cli.Ask;
using Elections.Bots.Cli.Chat;
using Elections.Bots.Cli.Common;
using Elections.Bots.Cli.Eval;
using Elections.Bots.Cli.Export;
using Elections.Bots.Cli.Invoke;
using Elections.Bots.Cli.Notice;
using Elections.Bots.Cli.Preview;
using Elections.Bots.Cli.Publish;
using Elections.Bots.Cli.Serve;
using Elections.Bots.Cli.Validate;
using Elections.Bots.Cli.Versions;
using Amazon.Runtime;
using Elections.Bots.DynamoDb.Errors;
using Elections.Bots.Import;

var answerOptions = new AnswerOptions();
var root = new RootCommand("Elections.Bots: answers voters' election questions from one dataset, on every channel.")
{
    ChatCommand.Create(answerOptions),
    AskCommand.Create(answerOptions),
    InvokeCommand.Create(answerOptions),
    EvalCommand.Create(answerOptions),
    ValidateCommand.Create(answerOptions),
    PreviewCommand.Create(answerOptions),
    PublishCommand.Create(answerOptions),
    VersionsCommand.Create(),
    RollbackCommand.Create(),
    NoticeCommand.Create(answerOptions),
    ServeCommand.Create(answerOptions),
    ExportCommand.Create(),
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
catch (FactTableException table)
{
    await Console.Error.WriteLineAsync("error: " + table.Message);
    return ExitCodes.Failure;
}
catch (AmazonServiceException aws)
{
    // The SDK's own words name the problem (credentials, permissions, endpoint); the stack trace helps nobody here.
    await Console.Error.WriteLineAsync($"error: DynamoDB said {aws.ErrorCode}: {aws.Message}");
    return ExitCodes.Failure;
}
catch (AmazonClientException client)
{
    await Console.Error.WriteLineAsync("error: could not reach DynamoDB: " + client.Message);
    return ExitCodes.Failure;
}
