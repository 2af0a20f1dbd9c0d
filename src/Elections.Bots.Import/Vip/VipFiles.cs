namespace Elections.Bots.Import.Vip;

/// <summary>The VIP 5.2 CSV file names (vip.md §1.3), and which of them the bot reads.</summary>
public static class VipFiles
{
    public const string Source = "source.txt";
    public const string Election = "election.txt";
    public const string State = "state.txt";
    public const string Locality = "locality.txt";
    public const string ElectionAdministration = "election_administration.txt";
    public const string Department = "department.txt";
    public const string VoterService = "voter_service.txt";
    public const string ContactInformation = "contact_information.txt";
    public const string Person = "person.txt";
    public const string Precinct = "precinct.txt";
    public const string PollingLocation = "polling_location.txt";
    public const string Schedule = "schedule.txt";
    public const string StreetSegment = "street_segment.txt";

    /// <summary>Needed to answer voters: without any of these the dataset cannot be built.</summary>
    public static readonly ImmutableArray<string> Required =
    [
        Source, Election, State, Locality, ElectionAdministration, Department, Precinct, PollingLocation, StreetSegment,
    ];

    /// <summary>Read for facts; the rest are read only for their ids (duplicates across the feed).</summary>
    public static readonly ImmutableArray<string> Modeled =
    [
        Source, Election, State, Locality, ElectionAdministration, Department, VoterService, ContactInformation,
        Person, Precinct, PollingLocation, Schedule, StreetSegment,
    ];

    /// <summary>The ballot side of VIP 5.2: valid in a feed, not used by the bot (it links what_is_on_my_ballot_uri).</summary>
    public static readonly FrozenSet<string> Ballot = new[]
    {
        "ballot_measure_contest.txt", "ballot_measure_selection.txt", "ballot_selection.txt", "ballot_style.txt",
        "candidate.txt", "candidate_contest.txt", "candidate_selection.txt", "contest.txt", "electoral_district.txt",
        "office.txt", "ordered_contest.txt", "party.txt", "party_contest.txt", "party_selection.txt", "retention_contest.txt",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string name) => Modeled.Contains(name) || Ballot.Contains(name);
}
