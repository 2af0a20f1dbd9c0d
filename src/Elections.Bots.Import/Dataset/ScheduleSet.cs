using Elections.Bots.Core.Facts;

namespace Elections.Bots.Import.Dataset;

/// <summary>Opening hours by hours_open_id, and where each period was written (for findings about it).</summary>
internal sealed record ScheduleSet(
    FrozenDictionary<string, ImmutableArray<OpeningPeriod>> Groups,
    ImmutableArray<ScheduleSet.Entry> Entries)
{
    public static ScheduleSet Empty { get; } = new(FrozenDictionary<string, ImmutableArray<OpeningPeriod>>.Empty, []);

    public sealed record Entry(string GroupId, OpeningPeriod Period, string File, int Line);
}
