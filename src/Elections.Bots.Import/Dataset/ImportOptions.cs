using Elections.Bots.Import.Packaging;

namespace Elections.Bots.Import.Dataset;

/// <summary>How an import judges time and size.</summary>
/// <param name="TimeZone">The jurisdiction's zone: "in the past" means before today there.</param>
public sealed record ImportOptions(TimeZoneInfo TimeZone)
{
    public ImportLimits Limits { get; init; } = ImportLimits.Default;

    public int MaxFindingsPerKind { get; init; } = Findings.FindingCollector.DefaultMaxPerKind;
}
