namespace Elections.Bots.Cli.Serve.Api;

/// <param name="FaqEntries">Rows of faq.csv: one question in one language each.</param>
internal sealed record DatasetCounts(
    int Elections,
    int Precincts,
    int PollingLocations,
    int ElectionDayPlaces,
    int EarlyVotingSites,
    int DropBoxes,
    int FaqEntries,
    int Notices);
