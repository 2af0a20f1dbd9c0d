namespace Elections.Bots.Alexa.Wire;

public sealed record ResolutionStatus
{
    public const string SuccessMatch = "ER_SUCCESS_MATCH";
    public const string SuccessNoMatch = "ER_SUCCESS_NO_MATCH";
    public const string ErrorTimeout = "ER_ERROR_TIMEOUT";
    public const string ErrorException = "ER_ERROR_EXCEPTION";

    [JsonPropertyName("code")]
    public string? Code { get; set; }
}
