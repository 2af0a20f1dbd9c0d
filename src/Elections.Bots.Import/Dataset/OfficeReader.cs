using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Vip;

namespace Elections.Bots.Import.Dataset;

/// <summary>
/// Builds an <see cref="ElectionOffice"/> from election_administration → department → contact_information
/// (+ the department's official in person.txt), after checking those files' ids, references and formats.
/// </summary>
internal sealed class OfficeReader
{
    private static readonly FrozenSet<string> VoterServiceTypes =
        new[] { "absentee-ballots", "overseas-voting", "polling-places", "voter-registration", "other" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly Dictionary<string, CsvRow> _administrations;
    private readonly Dictionary<string, CsvRow> _people;
    private readonly ImmutableArray<CsvRow> _departments;
    private readonly ImmutableArray<CsvRow> _contacts;

    public OfficeReader(FeedTables tables, ScheduleSet schedules, ImportContext context)
    {
        _administrations = ById(tables.Require(VipFiles.ElectionAdministration));
        _people = ById(tables.Table(VipFiles.Person));
        _departments = tables.Require(VipFiles.Department)?.Rows ?? [];
        _contacts = tables.Table(VipFiles.ContactInformation)?.Rows ?? [];
        var services = tables.Table(VipFiles.VoterService)?.Rows ?? [];
        Check(services, schedules, context);
    }

    public ElectionOffice? Read(string? administrationId)
    {
        if (administrationId is null || !_administrations.TryGetValue(administrationId, out var ea)) return null;

        var department = _departments.FirstOrDefault(d => d.Get("election_administration_id", "parent_id") == administrationId);
        var contact = department is null ? null : _contacts.FirstOrDefault(c => c.Get("parent_id") == department.Get("id"));
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

    public bool HasAdministration(string id) => _administrations.ContainsKey(id);

    /// <summary>VIP's election notice on the office (5.2 <c>election_notice_text</c>): said to every voter.</summary>
    public EmergencyNotice? ElectionNotice(string? administrationId)
    {
        if (administrationId is null || !_administrations.TryGetValue(administrationId, out var ea)) return null;
        var text = ea.Get("election_notice_text");
        return text is null ? null : new EmergencyNotice($"{administrationId}-notice", text, null, ea.Get("election_notice_uri"), [], [], null);
    }

    private void Check(ImmutableArray<CsvRow> services, ScheduleSet schedules, ImportContext context)
    {
        var departmentIds = _departments.Select(d => d.Get("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var owners = departmentIds.Concat(services.Select(s => s.Get("id")).OfType<string>()).Concat(_people.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, ea) in _administrations)
        {
            if (!_departments.Any(d => d.Get("election_administration_id", "parent_id") == id))
            {
                ea.ReportError("id", FindingCodes.MissingDepartment, $"election administration '{id}' has no department; add a department.txt row with its contact details");
            }
            if (ea.Get("election_notice_uri") is not null && ea.Get("election_notice_text") is null)
            {
                ea.ReportError("election_notice_uri", FindingCodes.MissingElectionNoticeText, "a notice link needs election_notice_text, the notice voters hear; add the text or remove the link");
            }
            foreach (var column in (string[])["absentee_uri", "am_i_registered_uri", "elections_uri", "registration_uri", "rules_uri",
                         "what_is_on_my_ballot_uri", "where_do_i_vote_uri", "ballot_tracking_uri", "ballot_tracking_provisional_uri", "election_notice_uri"])
            {
                ValueChecks.Uri(ea, column);
            }
        }
        foreach (var department in _departments)
        {
            if (department.GetRequired("election_administration_id", "parent_id") is { } ea)
            {
                References.Check(department, department.Get("election_administration_id") is null ? "parent_id" : "election_administration_id",
                    ea, _administrations.ContainsKey(ea), "election_administration.txt");
            }
            PersonReference(department, context);
        }
        foreach (var service in services)
        {
            if (service.GetRequired("department_id", "parent_id") is { } department)
            {
                References.Check(service, service.Get("department_id") is null ? "parent_id" : "department_id",
                    department, departmentIds.Contains(department), "department.txt");
            }
            if (service.Get("type") is { } type && !VoterServiceTypes.Contains(type))
            {
                service.ReportWarning("type", FindingCodes.InvalidVoterServiceType, $"'{type}' is not a VIP voter service type; use one of {string.Join(", ", VoterServiceTypes)}");
            }
            PersonReference(service, context);
        }
        foreach (var contact in _contacts)
        {
            if (contact.GetRequired("parent_id") is { } parent && !owners.Contains(parent))
            {
                context.ReferenceAnywhere(contact, "parent_id", parent, FindingSeverity.Error, "it must be the department, person or other object this contact belongs to");
            }
            if (contact.Get("hours_open_id") is { } hours)
            {
                References.Check(contact, "hours_open_id", hours, schedules.Groups.ContainsKey(hours), "schedule.txt (hours_open_id)");
            }
            ValueChecks.Email(contact, "email");
            ValueChecks.Uri(contact, "uri");
            ValueChecks.LatLng(contact);
        }
        foreach (var person in _people.Values)
        {
            if (person.Get("contact_information_id") is { } contact)
            {
                References.Check(person, "contact_information_id", contact, _contacts.Any(c => c.Get("id") == contact), "contact_information.txt");
            }
            if (person.Get("party_id") is { } party)
            {
                context.ReferenceAnywhere(person, "party_id", party, FindingSeverity.Warning, "the bot does not use parties, but VIP will reject the feed");
            }
        }
    }

    private void PersonReference(CsvRow row, ImportContext context)
    {
        if (row.Get("election_official_person_id") is { } person)
        {
            References.Check(row, "election_official_person_id", person, _people.ContainsKey(person), "person.txt");
        }
    }

    private (string? Name, string? Title) Official(string? personId)
    {
        if (personId is null || !_people.TryGetValue(personId, out var person)) return (null, null);
        var name = string.Join(' ', new[] { person.Get("first_name"), person.Get("middle_name"), person.Get("last_name") }.OfType<string>());
        return (name.Length == 0 ? null : name, person.Get("title"));
    }

    private static Dictionary<string, CsvRow> ById(CsvTable? table)
    {
        var rows = new Dictionary<string, CsvRow>(StringComparer.Ordinal);
        foreach (var row in table?.Rows ?? [])
        {
            if (row.Get("id") is { } id) rows.TryAdd(id, row);
        }
        return rows;
    }
}
