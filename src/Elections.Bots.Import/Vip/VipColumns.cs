namespace Elections.Bots.Import.Vip;

/// <summary>
/// The columns of the VIP 5.2 files the bot reads (vip.md §1.4, VIP's data-processor spec), with the 5.1 and
/// earlier spellings accepted as aliases. Used to warn about unknown headers and to lay out XML rows.
/// </summary>
public static class VipColumns
{
    private static readonly string[] ExternalIdentifier = ["external_identifier_type", "external_identifier_othertype", "external_identifier_value"];

    public static readonly FrozenDictionary<string, ImmutableArray<string>> ByFile = new Dictionary<string, ImmutableArray<string>>
    {
        [VipFiles.Source] = ["id", "name", "vip_id", "date_time", "description", "organization_uri", "terms_of_use_uri", "version"],
        [VipFiles.Election] = ["id", "date", "name", "election_type", "state_id", "is_statewide", "registration_info",
            "absentee_ballot_info", "results_uri", "polling_hours", "has_election_day_registration", "registration_deadline",
            "absentee_request_deadline", "hours_open_id"],
        [VipFiles.State] = ["id", "name", "election_administration_id", .. ExternalIdentifier, "polling_location_ids"],
        [VipFiles.Locality] = ["id", "name", "state_id", "type", "other_type", "election_administration_id", .. ExternalIdentifier,
            "polling_location_ids", "is_mail_only"],
        [VipFiles.Precinct] = ["id", "name", "number", "locality_id", "ward", "is_mail_only", .. ExternalIdentifier,
            "precinct_split_name", "ballot_style_id", "electoral_district_ids", "polling_location_ids"],
        [VipFiles.PollingLocation] = ["id", "name", "address_line", "structured_line_1", "structured_line_2", "structured_line_3",
            "structured_city", "structured_state", "structured_zip", "directions", "hours", "hours_open_id", "photo_uri",
            "is_drop_box", "is_early_voting", "latitude", "longitude", "latlng_source",
            // Not VIP's: VIP CSV holds one language per cell, so Spanish directions get their own column (XML's
            // <Directions><Text language="es"> fills it too).
            "directions_es"],
        [VipFiles.Schedule] = ["id", "hours_open_id", "start_time", "end_time", "is_only_by_appointment", "is_or_by_appointment",
            "is_subject_to_change", "start_date", "end_date"],
        [VipFiles.ElectionAdministration] = ["id", "absentee_uri", "am_i_registered_uri", "elections_uri", "registration_uri",
            "rules_uri", "what_is_on_my_ballot_uri", "where_do_i_vote_uri", "ballot_tracking_uri", "ballot_tracking_provisional_uri",
            "election_notice_text", "election_notice_uri"],
        [VipFiles.Department] = ["id", "election_administration_id", "election_official_person_id"],
        [VipFiles.VoterService] = ["id", "department_id", "description", "type", "other_type", "election_official_person_id"],
        [VipFiles.ContactInformation] = ["id", "parent_id", "name", "address_line_1", "address_line_2", "address_line_3",
            "directions", "email", "fax", "phone", "uri", "hours", "hours_open_id", "latitude", "longitude", "latlng_source"],
        [VipFiles.Person] = ["id", "contact_information_id", "date_of_birth", "first_name", "middle_name", "last_name", "nickname",
            "prefix", "suffix", "title", "profession", "party_id", "gender"],
        [VipFiles.StreetSegment] = ["id", "address_direction", "city", "includes_all_addresses", "includes_all_streets",
            "odd_even_both", "precinct_id", "start_house_number", "end_house_number", "house_number_prefix", "house_number_suffix",
            "state", "street_direction", "street_name", "street_suffix", "unit_number", "zip"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Older or documented-elsewhere spellings (vip.md §1.4 "column-name variants"), all accepted.</summary>
    public static readonly FrozenSet<string> Aliases = new[]
    {
        "parent_id", "hours_open_ids", "what_is_on_my_ballot", "ballot_provisional_tracking_uri", "elections_url",
        "registration_url", "am_i_registered_url", "absentee_url", "where_do_i_vote_url", "rules_url", "results_url", "photo_url",
    }.Select(Csv.CsvColumns.HeaderKey).ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string file, string header)
    {
        var key = Csv.CsvColumns.HeaderKey(header);
        return Aliases.Contains(key) || (ByFile.TryGetValue(file, out var columns) && columns.Any(c => Csv.CsvColumns.HeaderKey(c) == key));
    }
}
