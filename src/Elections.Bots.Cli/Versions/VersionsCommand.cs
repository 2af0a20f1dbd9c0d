using System.CommandLine;
using System.Globalization;
using Elections.Bots.Cli.Common;
using Elections.Bots.Cli.Publish;
using Elections.Bots.DynamoDb.Items;

namespace Elections.Bots.Cli.Versions;

/// <summary><c>versions --table NAME</c>: the kept dataset versions, newest first, the active one marked.</summary>
internal static class VersionsCommand
{
    public static Command Create()
    {
        var table = new TableOptions();
        var command = new Command("versions", "List the dataset versions kept in the table.");
        table.AddTo(command);
        command.SetAction((result, cancellationToken) => RunAsync(table.Read(result), Console.Out, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(TableSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        using var table = AdminTable.Open(settings);
        var versions = await table.Publisher(TimeProvider.System).ListVersionsAsync(cancellationToken);
        if (versions.IsEmpty)
        {
            await output.WriteLineAsync($"No versions in '{table.Name}' yet; publish one first.");
            return ExitCodes.Success;
        }
        await output.WriteLineAsync($"  {"version",-24} {"state",-10} {"written (UTC)",-17} {"precincts",9} {"segments",10} {"faq",5}");
        foreach (var info in versions)
        {
            var counts = info.Manifest.Counts;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{(info.IsActive ? "*" : " ")} {info.Version,-24} {info.State.ToString().ToLowerInvariant(),-10} {info.Manifest.CreatedAt.UtcDateTime,-17:yyyy-MM-dd HH:mm} " +
                $"{counts.GetValueOrDefault(FactKinds.Precincts),9:N0} {counts.GetValueOrDefault(FactKinds.StreetSegments),10:N0} {counts.GetValueOrDefault(FactKinds.Faq),5:N0}"));
        }
        await output.WriteLineAsync("* = active: what voters hear now. `rollback VERSION` makes a complete one active again.");
        return ExitCodes.Success;
    }
}
