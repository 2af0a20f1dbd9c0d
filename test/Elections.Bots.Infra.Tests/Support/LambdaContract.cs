using Elections.Bots.Lambda.Configuration;
using Elections.Bots.Lambda.Handlers;

namespace Elections.Bots.Infra.Tests.Support;

/// <summary>
/// What the <c>bootstrap</c> host (src/Elections.Bots.Lambda) accepts, read from its own constants so the
/// template can never name a handler or a variable the host does not know.
/// </summary>
public static class LambdaContract
{
    public const string LexHandler = HandlerNames.Lex;
    public const string AlexaHandler = HandlerNames.Alexa;
    public const string ImportHandler = HandlerNames.Import;

    public static readonly ImmutableArray<string> Handlers = HandlerNames.All;

    /// <summary>The handlers that answer voters: read-only access to the facts.</summary>
    public static readonly ImmutableArray<string> VoterHandlers = [LexHandler, AlexaHandler];

    public static readonly ImmutableArray<string> EnvironmentVariables =
    [
        EnvironmentNames.TableName, EnvironmentNames.DataDirectory, EnvironmentNames.AlexaSkillId,
        EnvironmentNames.TimeZone, EnvironmentNames.OfficePhone, EnvironmentNames.CacheTtlSeconds, EnvironmentNames.UnansweredTable,
    ];
}
