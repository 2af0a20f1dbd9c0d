using System.Collections.Immutable;
using System.CommandLine;
using Elections.Bots.Cli.Common;
using Elections.Bots.Cli.Publish;
using Elections.Bots.Core.Facts;
using Elections.Bots.DynamoDb.Publishing;
using Elections.Bots.DynamoDb.Store;

namespace Elections.Bots.Cli.Notice;

/// <summary>
/// <c>notice set …</c> and <c>notice clear</c>: an emergency notice (a moved polling place, extended hours) that
/// voters hear first, in effect within the stores' cache time and without a publish.
/// </summary>
internal static class NoticeCommand
{
    public const string DefaultId = "notice";

    public static Command Create(AnswerOptions clock)
    {
        var command = new Command("notice", "Set or clear an emergency notice on the published dataset.");
        command.Subcommands.Add(CreateSet(clock));
        command.Subcommands.Add(CreateClear());
        return command;
    }

    private static Command CreateSet(AnswerOptions clock)
    {
        var english = new Option<string>("--text-en") { Description = "What English-speaking voters hear.", Required = true };
        var spanish = new Option<string>("--text-es") { Description = "What Spanish-speaking voters hear." };
        var precincts = new Option<string>("--precincts") { Description = "Only for these precincts (ids, separated by spaces or commas)." };
        var locations = new Option<string>("--locations") { Description = "Only for answers about these places (polling location ids)." };
        var until = new Option<string>("--until") { Description = "Local date or time it stops, e.g. 2027-03-09T20:00 (a bare date: the end of that day).", Required = true };
        var uri = new Option<string>("--uri") { Description = "A link with more detail." };
        var id = new Option<string>("--id") { Description = "Names the notice, to replace or clear it.", DefaultValueFactory = _ => DefaultId };
        var table = new TableOptions();
        var command = new Command("set", "Set (or replace) a notice.");
        foreach (var option in (Option[])[english, spanish, precincts, locations, until, uri, id]) command.Options.Add(option);
        table.AddTo(command);
        clock.AddClockTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            var (zone, now) = clock.ReadClock(result);
            var precinctIds = Ids(result.GetValue(precincts));
            var locationIds = Ids(result.GetValue(locations));
            if (!precinctIds.IsEmpty && !locationIds.IsEmpty)
            {
                throw new UsageException("give --precincts or --locations, not both: a notice is scoped to one kind of id.");
            }
            var ends = AnswerOptions.ParseLocalTime(result.GetValue(until), zone, "--until", TimeSpan.FromDays(1))!.Value;
            if (ends <= (now ?? DateTimeOffset.UtcNow))
            {
                throw new UsageException($"--until {result.GetValue(until)} is already past; voters would never hear the notice.");
            }
            var notice = new EmergencyNotice(result.GetValue(id) ?? DefaultId, result.GetValue(english)!, result.GetValue(spanish),
                result.GetValue(uri), precinctIds, locationIds, ends);
            return SetAsync(table.Read(result), notice, Console.Out, cancellationToken);
        });
        return command;
    }

    private static Command CreateClear()
    {
        var id = new Option<string>("--id") { Description = "Clear only this notice; without it, every notice set with `notice set`." };
        var table = new TableOptions();
        var command = new Command("clear", "Clear notices set with `notice set`.");
        command.Options.Add(id);
        table.AddTo(command);
        command.SetAction((result, cancellationToken) => ClearAsync(table.Read(result), result.GetValue(id), Console.Out, cancellationToken));
        return command;
    }

    public static async Task<int> SetAsync(TableSettings settings, EmergencyNotice notice, TextWriter output, CancellationToken cancellationToken)
    {
        using var table = AdminTable.Open(settings);
        await CheckScopeAsync(table, notice);
        await new NoticeBoard(table.Client, table.Name).SetAsync(notice, cancellationToken);
        var scope = !notice.PrecinctIds.IsEmpty ? $"precincts {string.Join(", ", notice.PrecinctIds)}"
            : !notice.LocationIds.IsEmpty ? $"places {string.Join(", ", notice.LocationIds)}"
            : "every voter";
        await output.WriteLineAsync($"Notice '{notice.Id}' set for {scope} until {notice.ValidUntil:yyyy-MM-dd HH:mm zzz}; voters hear it within the stores' cache time.");
        return ExitCodes.Success;
    }

    public static async Task<int> ClearAsync(TableSettings settings, string? id, TextWriter output, CancellationToken cancellationToken)
    {
        using var table = AdminTable.Open(settings);
        var board = new NoticeBoard(table.Client, table.Name);
        var ids = id is not null ? [id] : (await board.ListAsync(cancellationToken)).Select(n => n.Id).ToList();
        foreach (var each in ids) await board.ClearAsync(each, cancellationToken);
        await output.WriteLineAsync(ids.Count == 0 ? "No notices were set." : $"Cleared {string.Join(", ", ids.Select(i => $"'{i}'"))}.");
        return ExitCodes.Success;
    }

    /// <summary>A typo in a precinct id would silently reach nobody: check the ids against what voters hear now.</summary>
    private static async Task CheckScopeAsync(AdminTable table, EmergencyNotice notice)
    {
        if (notice.PrecinctIds.IsEmpty && notice.LocationIds.IsEmpty) return;
        using var store = new DynamoFactStore(table.Client, new DynamoFactStoreOptions { TableName = table.Name }, TimeProvider.System);
        var facts = await store.GetFactsAsync(CancellationToken.None)
            ?? throw new UsageException($"'{table.Name}' has no published dataset; publish one before setting notices.");
        var unknown = notice.PrecinctIds.Where(p => !facts.Precincts.ContainsKey(p))
            .Concat(notice.LocationIds.Where(l => !facts.Locations.ContainsKey(l))).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"{string.Join(", ", unknown)} {(unknown.Count == 1 ? "is" : "are")} not in the published dataset {facts.DatasetVersion}; check the ids.");
        }
    }

    private static ImmutableArray<string> Ids(string? text) =>
        text is null ? [] : [.. text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
