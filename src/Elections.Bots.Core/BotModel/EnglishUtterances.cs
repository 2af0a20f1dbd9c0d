namespace Elections.Bots.Core.BotModel;

/// <summary>
/// en-US sample utterances, typed and spoken style. Data, so longer than most files: one list per intent keeps
/// each intent's voice in one place. No two intents share an utterance (Lex and Alexa reject that).
/// </summary>
internal static class EnglishUtterances
{
    public static readonly ImmutableArray<string> Welcome =
    [
        "hello", "hi", "hey", "hi there", "hello there", "hey there", "good morning", "good afternoon",
        "good evening", "howdy", "greetings", "hi bot", "hello voter help", "get started", "let's start",
    ];

    public static readonly ImmutableArray<string> NextElection =
    [
        "when is the next election", "when is the election", "when's the election", "what is the date of the election",
        "what day is election day", "when is election day", "when do we vote", "is there an election coming up",
        "what elections are coming up", "next election", "upcoming election", "when is the special election",
        "what is the next election", "tell me about the next election", "election date",
    ];

    public static readonly ImmutableArray<string> ElectionHours =
    [
        "what time do the polls open", "what time do the polls close", "when do polls open", "when do polls close",
        "polling hours", "what are the voting hours", "how late are the polls open", "what time can I vote on election day",
        "are the polls open now", "until what time can I vote", "what hours are polling places open",
        "when does voting end", "voting hours on election day", "when does voting begin", "election day hours",
    ];

    public static readonly ImmutableArray<string> RegistrationDeadline =
    [
        "when is the last day to register", "what is the registration deadline", "registration deadline",
        "when is the deadline to register to vote", "is it too late to register", "when do I have to register by",
        "last day to register to vote", "when does registration close", "am I too late to register",
        "by when must I register", "what's the voter registration deadline", "can I register on election day",
        "what is the last day to register to vote", "is there still time to register",
    ];

    public static readonly ImmutableArray<string> RegistrationStatus =
    [
        "am I registered to vote", "am I registered", "check my registration", "check my voter registration",
        "is my registration active", "am I on the voter list", "check if I'm registered", "look up my registration",
        "what is my registration status", "voter registration status", "confirm my registration",
        "verify my voter registration", "am I still registered", "is my voter registration current",
    ];

    public static readonly ImmutableArray<string> PollingPlace =
    [
        "where do I vote", "where is my polling place", "where's my polling place", "find my polling place",
        "where is my polling location", "polling place", "where do I go to vote", "where can I vote on election day",
        "what is my polling place", "where do I vote I live at {Address}", "I live at {Address} where do I vote",
        "my address is {Address}", "where is my polling place for {Address}", "polling place for {Address}",
        "where do I vote if I live at {Address}", "where should I vote I live at {Address}",
    ];

    public static readonly ImmutableArray<string> EarlyVoting =
    [
        "where can I vote early", "early voting locations", "when is early voting", "early voting hours",
        "can I vote early", "where is early voting", "I want to vote early", "early voting", "early voting sites",
        "how do I vote early", "when does early voting start", "early voting near {Address}",
        "where can I vote early near {Address}", "early voting locations near {Address}",
        "where can I vote early I live at {Address}",
    ];

    public static readonly ImmutableArray<string> MailBallot =
    [
        "I want to vote by mail", "vote by mail", "mail ballot", "absentee ballot", "how do I get a mail ballot",
        "request a mail ballot", "I need an absentee ballot", "how do I vote absentee", "mail in ballot",
        "send me a ballot", "when is the deadline to request a mail ballot", "when do I have to return my mail ballot",
        "how do I return my absentee ballot", "how do I vote by mail",
    ];

    public static readonly ImmutableArray<string> DropBoxes =
    [
        "where are the drop boxes", "drop box locations", "where is the nearest drop box", "ballot drop box",
        "where can I drop off my ballot", "where can I leave my ballot", "drop off my ballot", "find a drop box",
        "drop box hours", "where do I drop my ballot", "drop box near {Address}", "nearest drop box to {Address}",
        "where is the closest drop box to {Address}", "where can I drop off my ballot near {Address}",
    ];

    public static readonly ImmutableArray<string> ContactOffice =
    [
        "contact the elections office", "elections office phone number", "how do I contact the election office",
        "call the elections office", "where is the elections office", "elections office address",
        "elections office hours", "email the elections office", "election office contact information",
        "I need to call the elections office", "what is the elections office email", "how can I reach the county clerk",
        "phone number for the elections office",
    ];

    public static readonly ImmutableArray<string> AskQuestion =
    [
        "I have a question", "ask a question", "I have a question about {Query}", "question about {Query}",
        "ask {Query}", "ask about {Query}", "I want to ask {Query}", "I want to ask about {Query}",
        "tell me about {Query}", "I'd like to know {Query}", "can you tell me {Query}", "what about {Query}",
        "question {Query}", "I need information about {Query}",
    ];

    public static readonly ImmutableArray<string> HandOff =
    [
        "talk to a person", "I want to talk to a person", "speak to a human", "agent", "representative",
        "talk to someone", "can I speak with a real person", "transfer me", "operator", "connect me to an agent",
        "I need to speak to someone", "live person", "customer service", "talk to a live agent",
    ];

    /// <summary>Alexa only: "two", "number two", "option two" after the numbered choices were read out.</summary>
    public static readonly ImmutableArray<string> Choice =
    [
        "{Number}", "number {Number}", "option {Number}", "choice {Number}", "the {Number}", "option number {Number}",
        "number {Number} please", "{Number} please", "I choose {Number}", "I pick {Number}", "I'll take {Number}",
        "go with {Number}", "let's go with {Number}", "I want {Number}",
        "the {Ordinal} one", "the {Ordinal}", "{Ordinal}", "the {Ordinal} option", "the {Ordinal} choice", "{Ordinal} one",
        "I want the {Ordinal} one", "I'll take the {Ordinal} one",
    ];

    public static readonly ImmutableArray<string> ChangeLanguage =
    [
        "in {Language} please", "{Language} please", "switch to {Language}", "change the language to {Language}",
        "can we speak {Language}", "do you speak {Language}", "I prefer {Language}", "talk to me in {Language}",
        "I want to talk in {Language}", "answer in {Language}", "change language", "switch languages",
        "speak {Language}", "in {Language}",
    ];

    public static readonly ImmutableArray<string> Help =
    [
        "help", "help me", "I need help", "what can you do", "what can I ask", "how does this work", "what do you do",
        "what are my options", "menu", "options", "what can I ask you", "how do I use this", "can you help me",
        "what questions can you answer",
    ];

    public static readonly ImmutableArray<string> Stop =
    [
        "stop", "goodbye", "bye", "quit", "exit", "that's all", "I'm done", "thank you goodbye",
        "no thanks that's all", "end", "see you", "bye bye", "thanks bye", "done",
    ];

    public static readonly ImmutableArray<string> Cancel =
    [
        "cancel", "cancel that", "never mind", "nevermind", "forget it", "forget about it", "cancel please",
        "scratch that", "don't bother", "not now", "no thanks", "no thank you", "never mind that", "cancel my request",
    ];

    public static readonly ImmutableArray<string> Fallback =
    [
        "umm", "uh huh", "hmm", "blah blah blah", "whatever", "I don't know", "nothing", "huh", "what", "testing",
        "la la la", "random words", "asdf", "I don't care",
    ];
}
