using Elections.Bots.Core.Facts;

namespace Elections.Bots.DynamoDb.Store;

/// <summary>
/// Adds the notices set on the ACTIVE pointer to a version's facts. A pointer notice replaces a dataset notice
/// with the same id, so the office can correct a feed's notice without a publish.
/// </summary>
internal static class NoticeMerge
{
    public static ElectionFacts Apply(ElectionFacts dataset, ImmutableArray<EmergencyNotice> live)
    {
        if (live.IsDefaultOrEmpty) return dataset;
        var liveIds = live.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        ImmutableArray<EmergencyNotice> notices = [.. dataset.Notices.Where(n => !liveIds.Contains(n.Id)), .. live];
        // ElectionFacts is init-only and caches its FAQ index per instance, so a copy is the way to change one part.
        return new ElectionFacts
        {
            DatasetVersion = dataset.DatasetVersion,
            JurisdictionName = dataset.JurisdictionName,
            StateCode = dataset.StateCode,
            Elections = dataset.Elections,
            Office = dataset.Office,
            StateOffice = dataset.StateOffice,
            Precincts = dataset.Precincts,
            Locations = dataset.Locations,
            JurisdictionWideLocationIds = dataset.JurisdictionWideLocationIds,
            IsMailOnlyJurisdiction = dataset.IsMailOnlyJurisdiction,
            TownWideSegments = dataset.TownWideSegments,
            ServedZips = dataset.ServedZips,
            ServedCities = dataset.ServedCities,
            Faq = dataset.Faq,
            Notices = notices,
        };
    }
}
