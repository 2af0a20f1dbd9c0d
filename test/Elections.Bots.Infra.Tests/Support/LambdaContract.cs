namespace Elections.Bots.Infra.Tests.Support;

/// <summary>
/// What the <c>bootstrap</c> host (src/Elections.Bots.Lambda) accepts: its <c>_HANDLER</c> values and the
/// environment variables it reads. Mirrors <c>Handlers/HandlerNames</c> and <c>Configuration/EnvironmentNames</c>
/// of that project, which is not on this branch yet: once it is, reference it and read these from there.
/// </summary>
public static class LambdaContract
{
    public const string LexHandler = "lex";
    public const string AlexaHandler = "alexa";
    public const string ImportHandler = "import";

    public static readonly ImmutableArray<string> Handlers = [LexHandler, AlexaHandler, ImportHandler];

    /// <summary>The handlers that answer voters: read-only access to the facts.</summary>
    public static readonly ImmutableArray<string> VoterHandlers = [LexHandler, AlexaHandler];

    public static readonly ImmutableArray<string> EnvironmentVariables =
        ["TABLE_NAME", "DATA_DIR", "ALEXA_SKILL_ID", "ELECTIONS_TIME_ZONE", "OFFICE_PHONE", "CACHE_TTL_SECONDS"];
}
