using System.CommandLine;
using Elections.Bots.Cli.Common;
using Elections.Bots.Cli.Publish;

namespace Elections.Bots.Cli.Versions;

/// <summary><c>rollback VERSION --table NAME</c>: voters hear a kept, complete version again (one conditional flip).</summary>
internal static class RollbackCommand
{
    public static Command Create()
    {
        var version = new Argument<string>("version") { Description = "A version listed by `versions`." };
        var table = new TableOptions();
        var command = new Command("rollback", "Make a kept dataset version active again.");
        command.Arguments.Add(version);
        table.AddTo(command);
        command.SetAction((result, cancellationToken) => RunAsync(table.Read(result), result.GetValue(version)!, Console.Out, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(TableSettings settings, string version, TextWriter output, CancellationToken cancellationToken)
    {
        using var table = AdminTable.Open(settings);
        var result = await table.Publisher(TimeProvider.System).RollbackAsync(version, cancellationToken);
        await PublishSummary.WriteAsync(output, table.Name, result, $"Rolled '{table.Name}' back to {result.Version}");
        return ExitCodes.Success;
    }
}
