using System.CommandLine;
using Elections.Bots.Cli.Common;

namespace Elections.Bots.Cli.Publish;

/// <summary><c>--table NAME [--endpoint URL] [--region R]</c> for the commands that change what voters hear.</summary>
internal sealed class TableOptions
{
    public Option<string> Table { get; } = new("--table") { Description = "The DynamoDB facts table.", Required = true };

    public Option<string> Endpoint { get; } = new("--endpoint")
    {
        Description = "DynamoDB endpoint URL (for example a local dynalite: http://127.0.0.1:4567).",
    };

    public Option<string> Region { get; } = new("--region") { Description = "AWS region of the table. Default: the SDK's usual configuration." };

    public void AddTo(Command command)
    {
        command.Options.Add(Table);
        command.Options.Add(Endpoint);
        command.Options.Add(Region);
    }

    public TableSettings Read(ParseResult result) =>
        new(result.GetValue(Table) is { Length: > 0 } name ? name : throw new UsageException("--table is required: the DynamoDB facts table to change."),
            result.GetValue(Endpoint), result.GetValue(Region));
}
