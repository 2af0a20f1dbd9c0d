namespace Elections.Bots.Lambda.Configuration;

/// <summary>Everything the function reads from its environment, read once at start-up and already validated.</summary>
/// <param name="Handler">Which function this process is: <see cref="Handlers.HandlerNames"/>.</param>
/// <param name="TableName">The DynamoDB facts table; null when <paramref name="DataDirectory"/> is served instead.</param>
/// <param name="DataDirectory">An absolute path to a dataset folder in the package, served from memory.</param>
/// <param name="TimeZone">The jurisdiction's time zone: "today", deadlines and "in the past" in a feed are local.</param>
/// <param name="OfficePhone">Said when no data can be read; null only for the import function, which answers no voter.</param>
/// <param name="CacheTtl">How long a container answers from cached facts before re-checking the table.</param>
/// <param name="DynamoDbEndpoint">An endpoint override such as dynalite's; null for AWS.</param>
public sealed record FunctionSettings(
    string Handler,
    string? TableName,
    string? DataDirectory,
    string? AlexaSkillId,
    TimeZoneInfo TimeZone,
    string? OfficePhone,
    TimeSpan CacheTtl,
    string? DynamoDbEndpoint,
    string? Region)
{
    public static readonly TimeSpan DefaultCacheTtl = TimeSpan.FromSeconds(60);
}
