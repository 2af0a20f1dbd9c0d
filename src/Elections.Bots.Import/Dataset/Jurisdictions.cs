using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Vip;

namespace Elections.Bots.Import.Dataset;

/// <summary>
/// state.txt and locality.txt: the jurisdiction the bot speaks for (the first locality, usually the county) and
/// the county- and state-wide places (early voting, drop boxes).
/// </summary>
internal sealed class Jurisdictions
{
    public sealed record Locality(string Id, string Name, CsvRow Row, bool IsMailOnly, ImmutableArray<string> PlaceIds);

    private Jurisdictions(CsvRow? state, ImmutableArray<Locality> ordered)
    {
        State = state;
        Ordered = ordered;
        Localities = ordered.ToFrozenDictionary(l => l.Id, StringComparer.Ordinal);
        StatePlaceIds = state is null ? [] : FeedValues.IdList(state, "polling_location_ids");
    }

    public CsvRow? State { get; }
    public ImmutableArray<Locality> Ordered { get; }
    public FrozenDictionary<string, Locality> Localities { get; }
    public ImmutableArray<string> StatePlaceIds { get; }

    /// <summary>The locality the dataset is named after and whose office answers.</summary>
    public Locality? Primary => Ordered.IsEmpty ? null : Ordered[0];

    /// <summary>With several localities, each one's places go on its precincts instead of to every voter.</summary>
    public bool FoldLocalityPlaces => Ordered.Length > 1;

    public IEnumerable<string> WidePlaceIds(Locality? locality) =>
        FoldLocalityPlaces || locality is null ? StatePlaceIds : locality.PlaceIds.Concat(StatePlaceIds);

    public static Jurisdictions Read(FeedTables tables, OfficeReader offices, ImportContext context)
    {
        var states = tables.Require(VipFiles.State)?.Rows ?? [];
        foreach (var state in states)
        {
            state.GetRequired("name");
            AdministrationReference(state, offices, context);
        }
        var stateIds = states.Select(s => s.Get("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var localities = ImmutableArray.CreateBuilder<Locality>();
        var table = tables.Require(VipFiles.Locality);
        foreach (var row in table?.Rows ?? [])
        {
            var name = row.GetRequired("name");
            if (row.GetRequired("state_id") is { } state) References.Check(row, "state_id", state, stateIds.Contains(state), "state.txt");
            AdministrationReference(row, offices, context);
            var mailOnly = FeedValues.Bool(row, "is_mail_only") ?? false;
            if (row.Get("id") is { } id && name is not null)
            {
                localities.Add(new Locality(id, name, row, mailOnly, FeedValues.IdList(row, "polling_location_ids")));
            }
        }
        if (table is not null && table.Rows.IsEmpty)
        {
            context.Findings.Error(table.FileName, null, null, FindingCodes.MissingRows, "the file has no locality row; add the county (or city) this dataset serves");
        }
        if (localities.Count > 1)
        {
            localities[1].Row.ReportWarning("id", FindingCodes.MultipleLocalities,
                $"the feed has {localities.Count} localities; the bot speaks for '{localities[0].Name}' (the first) and its office, " +
                "and gives each precinct its own locality's early-voting sites and drop boxes");
        }
        return new Jurisdictions(states.FirstOrDefault(), localities.ToImmutable());
    }

    /// <summary>Every place listed on a locality or the state must exist.</summary>
    public void CheckPlaces(FrozenDictionary<string, PollingLocation> locations, ImportContext context)
    {
        foreach (var row in Ordered.Select(l => l.Row).Append(State).OfType<CsvRow>())
        {
            foreach (var id in FeedValues.IdList(row, "polling_location_ids"))
            {
                References.Check(row, "polling_location_ids", id, locations.ContainsKey(id), "polling_location.txt");
            }
        }
    }

    private static void AdministrationReference(CsvRow row, OfficeReader offices, ImportContext context)
    {
        if (row.Get("election_administration_id") is { } ea)
        {
            References.Check(row, "election_administration_id", ea, offices.HasAdministration(ea), "election_administration.txt");
        }
    }
}
