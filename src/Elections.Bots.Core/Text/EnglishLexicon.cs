namespace Elections.Bots.Core.Text;

/// <summary>
/// English word lists for matching voter text: function words, election vocabulary that means the same thing
/// ("absentee" and "mail ballot"), and multi-word expressions that act as one word ("sign up"). General
/// vocabulary of the domain only — never tuned to one FAQ question.
/// </summary>
internal static class EnglishLexicon
{
    /// <summary>Words that carry no topic; "who", "when", "where", "how", "why" and "am" stay, they tell questions apart.</summary>
    public static readonly string[] StopWords =
    [
        "a", "an", "the", "and", "or", "but", "if", "then", "so", "than", "too", "very", "just", "also", "of", "at",
        "by", "for", "with", "about", "to", "from", "in", "on", "into", "onto", "over", "up", "out", "off", "as", "i",
        "me", "my", "mine", "myself", "you", "your", "yours", "we", "us", "our", "he", "him", "his", "she", "her",
        "it", "its", "they", "them", "their", "this", "that", "these", "those", "there", "here", "is", "are", "was",
        "were", "be", "been", "being", "do", "does", "did", "doing", "done", "have", "has", "had", "having", "can",
        "could", "will", "would", "shall", "should", "may", "might", "must", "please", "thanks", "thank", "okay",
        "ok", "any", "some", "all", "still", "yet", "again", "now", "ever", "really", "get", "got", "getting", "gets",
        "go", "going", "goes", "went", "want", "wanted", "wanna", "like", "need", "needs", "know", "tell", "let",
        "way", "much", "many", "more", "most", "other", "another", "else", "own", "such", "only", "even", "ones",
        "something", "anything", "someone", "somebody", "anyone", "anybody", "thing", "things", "what", "which",
        "whether", "hey", "um", "uh", "yes", "no", "not", "s", "t", "d", "ll", "re", "ve", "m", "im", "whats",
        "theres", "dont", "didnt", "cant", "wont", "isnt", "doesnt", "lot", "sure", "actually", "instead", "yeah",
        "able", "happen", "happens", "mean", "cast", "step", "steps", "process", "procedure", "around", "make",
        "made", "fill", "filled", "filling",
    ];

    /// <summary>Words that ask a question only where a clause starts ("Who can vote?" but not "voters who can't see").</summary>
    public static readonly string[] QuestionWords = ["who", "whom", "whose", "when", "where", "how", "why", "am"];

    /// <summary>The few words intent matching ignores: intents differ by "am I" versus "how do I", so it keeps the rest.</summary>
    public static readonly string[] FillerWords =
    [
        "a", "an", "the", "to", "of", "please", "pls", "um", "uh", "uhm", "just", "really", "s", "t", "d", "ll",
        "re", "ve", "m", "is", "are", "was", "be", "so", "well", "ok", "okay", "kindly",
    ];

    /// <summary>Canonical word, then words that mean the same to a voter.</summary>
    public static readonly (string Canonical, string[] Variants)[] Synonyms =
    [
        ("permanent", ["fixed", "stable"]),
        ("weekday", ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "weekdays"]),
        ("mail", ["absentee", "postal", "mailed", "mailing", "send", "sent"]),
        ("place", ["location", "locations", "site", "sites", "spot", "venue", "center"]),
        ("register", ["registration", "registrations", "enroll", "enrollment", "signup", "registrar"]),
        ("id", ["identification", "identity", "ids"]),
        ("license", ["licence"]),
        ("employer", ["boss", "manager", "supervisor", "employers"]),
        ("work", ["job", "workplace", "shift"]),
        ("phone", ["cellphone", "cell", "smartphone", "mobile", "telephone", "call"]),
        ("photo", ["selfie", "picture", "photograph", "pic"]),
        ("disabled", ["disability", "disabilities", "handicap", "handicapped", "impairment", "impaired"]),
        ("accessible", ["accommodation", "accommodations", "accessibility", "accommodate", "ada"]),
        ("help", ["assist", "assistance", "helper", "aid"]),
        ("prison", ["jail", "incarcerated", "incarceration", "inmate"]),
        ("eligible", ["eligibility", "qualify", "qualifies", "qualified", "qualification", "qualifications", "requirement",
            "requirements"]),
        ("see", ["look", "view", "viewing", "looking"]),
        ("before", ["ahead", "beforehand", "prior", "advance"]),
        ("check", ["verify", "confirm", "lookup"]),
        // For a voter's question, prison, parole and convictions are one subject: voting with a record.
        ("felony", ["felon", "felons", "criminal", "crime", "conviction", "convicted", "convict", "parole", "probation"]),
        ("overseas", ["abroad", "foreign"]),
        ("military", ["army", "navy", "marine", "marines", "deployed", "troops", "soldier", "servicemember", "uniformed"]),
        ("college", ["university", "campus"]),
        ("teen", ["teenager", "teenagers", "minor", "youth"]),
        ("16", ["sixteen"]),
        ("17", ["seventeen"]),
        ("18", ["eighteen"]),
        ("homeless", ["unhoused", "houseless"]),
        ("win", ["won", "winner", "winning", "wins"]),
        ("count", ["tally", "tallying", "tallied", "recount", "tabulate", "tabulation"]),
        ("tamper", ["hack", "hacked", "hacking", "tampering", "fraud", "rigged", "manipulate", "cheat", "cheating"]),
        ("secure", ["security", "safe", "safety"]),
        ("campaign", ["electioneering", "campaigning"]),
        ("flyer", ["flyers", "leaflet", "pamphlet", "brochure"]),
        ("translate", ["interpreter", "translator", "translation", "interpretation", "interpreters"]),
        ("language", ["spanish", "chinese", "vietnamese", "korean", "tagalog", "russian", "arabic", "french", "english",
            "haitian", "portuguese"]),
        ("married", ["wedding", "marry", "marriage", "divorce", "divorced"]),
        ("move", ["relocate", "relocated", "moving", "moved"]),
        ("party", ["affiliation", "affiliated", "democrat", "democratic", "republican", "independent", "libertarian", "unaffiliated"]),
        ("candidate", ["candidacy", "nominee", "candidates"]),
        ("sample", ["practice", "preview", "example", "mock"]),
        ("proposition", ["measure", "measures", "referendum", "initiative", "amendment", "prop"]),
        ("car", ["vehicle", "auto", "truck"]),
        ("sick", ["ill", "illness", "surgery", "injured", "hospitalized", "bedridden"]),
        ("damage", ["damaged", "destroyed", "ruined", "torn", "ripped", "stained", "spilled", "chewed"]),
        ("replace", ["replacement"]),
        ("line", ["queue"]),
        ("intimidate", ["intimidation", "intimidating", "harass", "harassment", "threaten", "threatened", "bully", "bullying"]),
        ("complaint", ["complain", "grievance"]),
        ("contact", ["reach"]),
        ("talk", ["speak", "chat"]),
        ("close", ["shut", "end", "finish"]),
        ("open", ["begin", "start", "starts"]),
        ("postmark", ["postmarked"]),
        ("fix", ["correct", "cure", "curing", "repair"]),
        ("mistake", ["error", "wrong", "typo", "mess"]),
        ("signature", ["sign", "signed", "signing"]),
        ("blind", ["visually", "sight"]),
        ("machine", ["device", "equipment", "machines", "tablet"]),
        ("audio", ["listen", "headphones"]),
        ("deadline", ["due", "cutoff"]),
        ("results", ["totals", "outcome"]),
        ("citizen", ["citizenship"]),
        ("age", ["old"]),
        ("pay", ["paid", "compensated", "wage", "stipend", "salary"]),
        ("receive", ["arrive", "arrived", "received", "delivered"]),
        ("track", ["tracking"]),
        ("office", ["department", "clerk"]),
        ("near", ["nearest", "closest", "nearby"]),
        ("wait", ["waiting"]),
        ("request", ["apply", "application", "order", "ask", "asked", "asking"]),
        ("give", ["gave", "given"]),
        ("bring", ["brought"]),
        ("find", ["found"]),
        ("lose", ["lost"]),
        ("leave", ["left"]),
        ("choose", ["chose", "chosen", "choice"]),
    ];

    /// <summary>Expressions read as one word; matched on stems before function words are dropped.</summary>
    public static readonly (string Phrase, string Canonical)[] Phrases =
    [
        ("sign up", "register"), ("signed up", "register"), ("signing up", "register"),
        ("drop box", "dropbox"), ("drop boxes", "dropbox"), ("ballot box", "dropbox"), ("drop off", "dropbox"),
        ("poll worker", "pollworker"), ("election worker", "pollworker"), ("election judge", "pollworker"),
        ("poll volunteer", "pollworker"), ("last day", "deadline"), ("time off", "timeoff"),
        ("run for", "candidate"), ("in person", "inperson"), ("send back", "return"), ("mail back", "return"),
        ("out of the country", "overseas"), ("out of country", "overseas"), ("e mail", "email"),
        ("mail in", "mail"), ("vote by mail", "mail"), ("voter roll", "register"), ("voter rolls", "register"),
        ("voter list", "register"), ("find out", "check"), ("look up", "check"), ("too late", "deadline"),
        ("help out", "pollworker"),
    ];
}
