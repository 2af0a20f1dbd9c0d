namespace Elections.Bots.Core.Addresses.Pub28;

/// <summary>
/// USPS Publication 28 Appendix C1 street suffixes: every commonly used spelling mapped to the standard
/// abbreviation, and each abbreviation back to its primary name.
/// </summary>
/// <remarks>
/// Written from the standard's facts (no text copied). One row per standard abbreviation: the abbreviation,
/// then the primary name, then the other spellings. The table is data, which is why this file is long.
/// </remarks>
internal static class StreetSuffixes
{
    private static readonly string[] Rows =
    [
        "ALY ALLEY ALLEE ALLY",
        "ANX ANEX ANNEX ANNX",
        "ARC ARCADE",
        "AVE AVENUE AV AVEN AVENU AVN AVNUE",
        "BYU BAYOU BAYOO",
        "BCH BEACH",
        "BND BEND",
        "BLF BLUFF BLUF",
        "BLFS BLUFFS",
        "BTM BOTTOM BOT BOTTM",
        "BLVD BOULEVARD BOUL BOULV",
        "BR BRANCH BRNCH",
        "BRG BRIDGE BRDGE",
        "BRK BROOK",
        "BRKS BROOKS",
        "BG BURG",
        "BGS BURGS",
        "BYP BYPASS BYPA BYPAS BYPS",
        "CP CAMP CMP",
        "CYN CANYON CANYN CNYN",
        "CPE CAPE",
        "CSWY CAUSEWAY CAUSWA",
        "CTR CENTER CEN CENT CENTR CENTRE CNTER CNTR",
        "CTRS CENTERS",
        "CIR CIRCLE CIRC CIRCL CRCL CRCLE",
        "CIRS CIRCLES",
        "CLF CLIFF",
        "CLFS CLIFFS",
        "CLB CLUB",
        "CMN COMMON",
        "CMNS COMMONS",
        "COR CORNER",
        "CORS CORNERS",
        "CRSE COURSE",
        "CT COURT",
        "CTS COURTS",
        "CV COVE",
        "CVS COVES",
        "CRK CREEK",
        "CRES CRESCENT CRSENT CRSNT",
        "CRST CREST",
        "XING CROSSING CRSSNG",
        "XRD CROSSROAD",
        "XRDS CROSSROADS",
        "CURV CURVE",
        "DL DALE",
        "DM DAM",
        "DV DIVIDE DIV DVD",
        "DR DRIVE DRIV DRV",
        "DRS DRIVES",
        "EST ESTATE",
        "ESTS ESTATES",
        "EXPY EXPRESSWAY EXP EXPR EXPRESS EXPW",
        "EXT EXTENSION EXTN EXTNSN",
        "EXTS EXTENSIONS",
        "FALL FALL",
        "FLS FALLS",
        "FRY FERRY FRRY",
        "FLD FIELD",
        "FLDS FIELDS",
        "FLT FLAT",
        "FLTS FLATS",
        "FRD FORD",
        "FRDS FORDS",
        "FRST FOREST FORESTS",
        "FRG FORGE FORG",
        "FRGS FORGES",
        "FRK FORK",
        "FRKS FORKS",
        "FT FORT FRT",
        "FWY FREEWAY FREEWY FRWAY FRWY",
        "GDN GARDEN GARDN GRDEN GRDN",
        "GDNS GARDENS GRDNS",
        "GTWY GATEWAY GATEWY GATWAY GTWAY",
        "GLN GLEN",
        "GLNS GLENS",
        "GRN GREEN",
        "GRNS GREENS",
        "GRV GROVE GROV",
        "GRVS GROVES",
        "HBR HARBOR HARB HARBR HRBOR",
        "HBRS HARBORS",
        "HVN HAVEN",
        "HTS HEIGHTS HT",
        "HWY HIGHWAY HIGHWY HIWAY HIWY HWAY",
        "HL HILL",
        "HLS HILLS",
        "HOLW HOLLOW HLLW HOLLOWS HOLWS",
        "INLT INLET",
        "IS ISLAND ISLND",
        "ISS ISLANDS ISLNDS",
        "ISLE ISLE ISLES",
        "JCT JUNCTION JCTION JCTN JUNCTN JUNCTON",
        "JCTS JUNCTIONS JCTNS",
        "KY KEY",
        "KYS KEYS",
        "KNL KNOLL KNOL",
        "KNLS KNOLLS",
        "LK LAKE",
        "LKS LAKES",
        "LAND LAND",
        "LNDG LANDING LNDNG",
        "LN LANE",
        "LGT LIGHT",
        "LGTS LIGHTS",
        "LF LOAF",
        "LCK LOCK",
        "LCKS LOCKS",
        "LDG LODGE LDGE LODG",
        "LOOP LOOP LOOPS",
        "MALL MALL",
        "MNR MANOR",
        "MNRS MANORS",
        "MDW MEADOW",
        "MDWS MEADOWS MEDOWS",
        "MEWS MEWS",
        "ML MILL",
        "MLS MILLS",
        "MSN MISSION MISSN MSSN",
        "MTWY MOTORWAY",
        "MT MOUNT MNT",
        "MTN MOUNTAIN MNTAIN MNTN MOUNTIN MTIN",
        "MTNS MOUNTAINS MNTNS",
        "NCK NECK",
        "ORCH ORCHARD ORCHRD",
        "OVAL OVAL OVL",
        "OPAS OVERPASS",
        "PARK PARK PRK PARKS",
        "PKWY PARKWAY PARKWY PKWAY PKY PARKWAYS PKWYS",
        "PASS PASS",
        "PSGE PASSAGE",
        "PATH PATH PATHS",
        "PIKE PIKE PIKES",
        "PNE PINE",
        "PNES PINES",
        "PL PLACE",
        "PLN PLAIN",
        "PLNS PLAINS",
        "PLZ PLAZA PLZA",
        "PT POINT",
        "PTS POINTS",
        "PRT PORT",
        "PRTS PORTS",
        "PR PRAIRIE PRR",
        "RADL RADIAL RAD RADIEL",
        "RAMP RAMP",
        "RNCH RANCH RANCHES RNCHS",
        "RPD RAPID",
        "RPDS RAPIDS",
        "RST REST",
        "RDG RIDGE RDGE",
        "RDGS RIDGES",
        "RIV RIVER RVR RIVR",
        "RD ROAD",
        "RDS ROADS",
        "RTE ROUTE",
        "ROW ROW",
        "RUE RUE",
        "RUN RUN",
        "SHL SHOAL",
        "SHLS SHOALS",
        "SHR SHORE SHOAR",
        "SHRS SHORES SHOARS",
        "SKWY SKYWAY",
        "SPG SPRING SPNG SPRNG",
        "SPGS SPRINGS SPNGS SPRNGS",
        "SPUR SPUR SPURS",
        "SQ SQUARE SQR SQRE SQU",
        "SQS SQUARES SQRS",
        "STA STATION STATN STN",
        "STRA STRAVENUE STRAV STRAVEN STRAVN STRVN STRVNUE",
        "STRM STREAM STREME",
        "ST STREET STRT STR",
        "STS STREETS",
        "SMT SUMMIT SUMIT SUMITT",
        "TER TERRACE TERR",
        "TRWY THROUGHWAY",
        "TRCE TRACE TRACES",
        "TRAK TRACK TRACKS TRK TRKS",
        "TRFY TRAFFICWAY",
        "TRL TRAIL TRAILS TRLS",
        "TRLR TRAILER TRLRS",
        "TUNL TUNNEL TUNEL TUNLS TUNNELS TUNNL",
        "TPKE TURNPIKE TRNPK TURNPK",
        "UPAS UNDERPASS",
        "UN UNION",
        "UNS UNIONS",
        "VLY VALLEY VALLY VLLY",
        "VLYS VALLEYS",
        "VIA VIADUCT VDCT VIADCT",
        "VW VIEW",
        "VWS VIEWS",
        "VLG VILLAGE VILL VILLAG VILLG VILLIAGE",
        "VLGS VILLAGES",
        "VL VILLE",
        "VIS VISTA VIST VST VSTA",
        "WALK WALK WALKS",
        "WALL WALL",
        "WAY WAY WY",
        "WAYS WAYS",
        "WL WELL",
        "WLS WELLS",
    ];

    /// <summary>
    /// The everyday street types. Only these end a street when more words follow ("12 Oak St Pine Hollow"):
    /// words such as HOLLOW or LAKE are as often part of a name or a town as they are a suffix.
    /// </summary>
    private static readonly FrozenSet<string> Common = FrozenSet.Create(StringComparer.Ordinal,
        "ALY", "AVE", "BLVD", "CIR", "CT", "DR", "EXPY", "FWY", "HWY", "LN", "LOOP", "PKWY", "PL", "PLZ", "RD",
        "SQ", "ST", "TER", "TPKE", "TRL", "WAY");

    private static readonly FrozenDictionary<string, string> ByVariant = BuildByVariant();
    private static readonly FrozenDictionary<string, string> PrimaryByAbbreviation = BuildPrimary();

    public static IEnumerable<string> AllWords => ByVariant.Keys;

    /// <summary>"AVENUE", "AVE", "AVN" → "AVE".</summary>
    public static bool TryNormalize(string word, out string abbreviation) =>
        ByVariant.TryGetValue(word, out abbreviation!);

    public static bool IsCommon(string abbreviation) => Common.Contains(abbreviation);

    /// <summary>"LK" → "LAKE": the word a voter most likely said, for when the suffix was really part of the name.</summary>
    public static string PrimaryName(string abbreviation) =>
        PrimaryByAbbreviation.TryGetValue(abbreviation, out var primary) ? primary : abbreviation;

    private static FrozenDictionary<string, string> BuildByVariant()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            var words = row.Split(' ');
            foreach (var word in words)
            {
                map[word] = words[0];
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> BuildPrimary()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            var words = row.Split(' ', 3);
            map[words[0]] = words[1];
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
