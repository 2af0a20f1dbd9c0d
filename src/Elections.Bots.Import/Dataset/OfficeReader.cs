using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;

namespace Elections.Bots.Import.Dataset;

/// <summary>
/// Builds an <see cref="ElectionOffice"/> from election_administration → department → contact_information
/// (+ the department's official in person.txt).
/// </summary>
internal sealed class OfficeReader(IReadOnlyDictionary<string, CsvTable> tables)
{
    private readonly Dictionary<string, CsvRow> _administrations = ById(tables["election_administration.txt"]);

    public ElectionOffice? Read(string? administrationId)
    {
        if (administrationId is null || !_administrations.TryGetValue(administrationId, out var ea)) return null;

        var department = tables["department.txt"].Rows
            .FirstOrDefault(d => d.Get("election_administration_id", "parent_id") == administrationId);
        var contact = department is null
            ? null
            : tables["contact_information.txt"].Rows.FirstOrDefault(c => c.Get("parent_id") == department.Get("id"));
        var (officialName, officialTitle) = Official(department?.Get("election_official_person_id"));

        var lines = contact is null
            ? []
            : new[] { contact.Get("address_line_1"), contact.Get("address_line_2"), contact.Get("address_line_3") }
                .OfType<string>().ToImmutableArray();
        var links = new OfficeLinks(
            Elections: ea.Get("elections_uri", "elections_url"),
            Registration: ea.Get("registration_uri", "registration_url"),
            AmIRegistered: ea.Get("am_i_registered_uri", "am_i_registered_url"),
            MailBallot: ea.Get("absentee_uri", "absentee_url"),
            WhereDoIVote: ea.Get("where_do_i_vote_uri", "where_do_i_vote_url"),
            WhatIsOnMyBallot: ea.Get("what_is_on_my_ballot_uri", "what_is_on_my_ballot"),
            Rules: ea.Get("rules_uri", "rules_url"),
            BallotTracking: ea.Get("ballot_tracking_uri"),
            ProvisionalTracking: ea.Get("ballot_tracking_provisional_uri", "ballot_provisional_tracking_uri"));

        return new ElectionOffice(
            Name: contact?.Get("name") ?? "Elections Office",
            Phone: contact?.Get("phone"),
            Email: contact?.Get("email"),
            Address: lines.IsEmpty ? null : new PostalAddress(lines, null, null, null),
            Directions: contact?.Get("directions"),
            HoursText: contact?.Get("hours"),
            OfficialName: officialName,
            OfficialTitle: officialTitle,
            Links: links);
    }

    /// <summary>VIP's election notice on the office (5.2 <c>election_notice_text</c>): said to every voter.</summary>
    public EmergencyNotice? ElectionNotice(string? administrationId)
    {
        if (administrationId is null || !_administrations.TryGetValue(administrationId, out var ea)) return null;
        var text = ea.Get("election_notice_text");
        return text is null ? null : new EmergencyNotice($"{administrationId}-notice", text, null, ea.Get("election_notice_uri"), [], [], null);
    }

    private (string? Name, string? Title) Official(string? personId)
    {
        if (personId is null || !tables.TryGetValue("person.txt", out var people)) return (null, null);
        var person = people.Rows.FirstOrDefault(p => p.Get("id") == personId);
        if (person is null) return (null, null);
        var name = string.Join(' ', new[] { person.Get("first_name"), person.Get("middle_name"), person.Get("last_name") }.OfType<string>());
        return (name.Length == 0 ? null : name, person.Get("title"));
    }

    private static Dictionary<string, CsvRow> ById(CsvTable table)
    {
        var rows = new Dictionary<string, CsvRow>(StringComparer.Ordinal);
        foreach (var row in table.Rows) rows.TryAdd(row.Required("id"), row);
        return rows;
    }
}
