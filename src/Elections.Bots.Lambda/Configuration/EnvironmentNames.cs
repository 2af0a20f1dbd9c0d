namespace Elections.Bots.Lambda.Configuration;

/// <summary>The environment variables the function reads or writes: set by Lambda, or by template.yaml.</summary>
public static class EnvironmentNames
{
    // Set by Lambda.
    public const string RuntimeApi = "AWS_LAMBDA_RUNTIME_API";
    public const string Handler = "_HANDLER";
    public const string TaskRoot = "LAMBDA_TASK_ROOT";
    public const string Region = "AWS_REGION";
    public const string TraceId = "_X_AMZN_TRACE_ID";

    // Set by the template.
    public const string TableName = "TABLE_NAME";
    public const string DataDirectory = "DATA_DIR";
    public const string AlexaSkillId = "ALEXA_SKILL_ID";
    public const string TimeZone = "ELECTIONS_TIME_ZONE";
    public const string OfficePhone = "OFFICE_PHONE";
    public const string CacheTtlSeconds = "CACHE_TTL_SECONDS";

    // The AWS SDKs' standard endpoint overrides (service-specific first).
    public const string DynamoDbEndpoint = "AWS_ENDPOINT_URL_DYNAMODB";
    public const string Endpoint = "AWS_ENDPOINT_URL";

    /// <summary>Where .NET looks for the IANA time zone files; pointed at the packaged copy when the system has none.</summary>
    public const string TimeZoneDirectory = "TZDIR";
}
