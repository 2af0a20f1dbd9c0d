namespace Elections.Bots.Import.Findings;

/// <summary>
/// The stable codes of findings, part of the <c>validate --json</c> contract. Where VIP's own validator
/// (data-processor) reports the same problem, its name is used.
/// </summary>
public static class FindingCodes
{
    // Packaging: what the administrator handed us.
    public const string NotAFeed = "not-a-feed";
    public const string UnsafeZip = "unsafe-zip";
    public const string ZipTooLarge = "zip-too-large";
    public const string DamagedZip = "damaged-zip";
    public const string NestedArchive = "nested-archive";
    public const string MixedFormats = "mixed-formats";
    public const string InvalidExtensions = "invalid-extensions";
    public const string BadFilenames = "bad-filenames";
    public const string IgnoredFiles = "ignored-files";
    public const string MissingCsv = "missing-csv";
    public const string UnsupportedVersion = "unsupported-version";

    // File structure.
    public const string InvalidUtf8 = "invalid-utf8";
    public const string NoHeader = "no-header";
    public const string MissingHeaders = "missing-headers";
    public const string ExtraneousHeaders = "extraneous-headers";
    public const string NumberOfValues = "number-of-values";
    public const string UnclosedQuote = "unclosed-quote";
    public const string MalformedXml = "malformed-xml";
    public const string UnknownTags = "unknown-tags";
    public const string MalformedSpreadsheet = "malformed-spreadsheet";

    // Identity and references.
    public const string MissingId = "missing-id";
    public const string Duplicates = "duplicates";
    public const string NoReferent = "no-referent";
    public const string MissingElection = "missing-election";
    public const string MoreThanOneElection = "more-than-one-election";
    public const string MissingSource = "missing-source";
    public const string MoreThanOneSource = "more-than-one-source";
    public const string MissingRows = "missing-rows";
    public const string MultipleLocalities = "multiple-localities";
    public const string MissingDepartment = "missing-department";
    public const string InvalidVoterServiceType = "invalid-voter-service-type";
    public const string MultiplePollingLocationMappings = "multiple-polling-locations-mappings";

    // Values.
    public const string MissingValue = "missing-value";
    public const string InvalidBoolean = "invalid-boolean";
    public const string NotLowerCase = "not-lower-case";
    public const string InvalidDate = "invalid-date";
    public const string NonIsoDate = "non-iso-date";
    public const string InvalidTime = "invalid-time";
    public const string InvalidDateTime = "invalid-date-time";
    public const string InvalidHouseNumber = "invalid-house-number";
    public const string HouseNumberRange = "house-number-range";
    public const string AddressDetailOnRange = "address-detail-on-range";
    public const string InvalidOddEvenBoth = "invalid-odd-even-both";
    public const string InvalidZip = "invalid-zip";
    public const string InvalidState = "invalid-state";
    public const string InvalidEmail = "invalid-email";
    public const string InvalidFips = "invalid-fips";
    public const string UnknownFips = "unknown-fips";
    public const string UriWithoutScheme = "uri-without-scheme";
    public const string InvalidLatLng = "invalid-lat-lng";
    public const string MissingAddress = "missing-either-address-line-or-address-structured";
    public const string MissingElectionNoticeText = "missing-election-notice-text";
    public const string TimeOrder = "time-order";
    public const string DateOrder = "date-order";
    public const string OverlappingHours = "overlapping-hours";
    public const string Overlaps = "overlaps";
    public const string InvalidLocale = "invalid-locale";

    // Ours: what voters would hear.
    public const string ElectionInPast = "election-in-past";
    public const string ScheduleOutsideElection = "schedule-outside-election";
    public const string PlaceWithoutHours = "election-day-place-without-hours";
    public const string PrecinctWithoutPollingPlace = "precinct-without-polling-place";
    public const string FaqMissingLocale = "faq-missing-locale";
    public const string SmsTooLong = "sms-too-long";
    public const string FaqExpired = "faq-expired";
    public const string NoticeExpired = "notice-expired";
}
