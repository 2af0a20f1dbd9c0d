namespace Elections.Bots.Core.Facts;

/// <summary>The election office voters are sent to: the county's, or the state's as a fallback.</summary>
public sealed record ElectionOffice(
    string Name,
    string? Phone,
    string? Email,
    PostalAddress? Address,
    string? Directions,
    string? HoursText,
    string? OfficialName,
    string? OfficialTitle,
    OfficeLinks Links);
