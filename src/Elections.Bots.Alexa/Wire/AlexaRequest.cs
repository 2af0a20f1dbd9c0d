namespace Elections.Bots.Alexa.Wire;

/// <summary>
/// <c>request</c>, every request type in one flat record: <see cref="Type"/> says which members apply. A flat
/// shape keeps deserialization source-generated and lets an unknown type (<c>AudioPlayer.*</c>,
/// <c>Connections.Response</c>…) read without error, where a type discriminator would reject it.
/// </summary>
public sealed record AlexaRequest
{
    /// <summary>See <see cref="RequestTypes"/>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("requestId")]
    public string? RequestId { get; set; }

    /// <summary>ISO-8601 text in production; epoch milliseconds from old simulators.</summary>
    [JsonPropertyName("timestamp")]
    [JsonConverter(typeof(TolerantTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonPropertyName("locale")]
    public string? Locale { get; set; }

    /// <summary>IntentRequest and CanFulfillIntentRequest: <c>STARTED</c>, <c>IN_PROGRESS</c> or <c>COMPLETED</c> (skills with a dialog model only).</summary>
    [JsonPropertyName("dialogState")]
    public string? DialogState { get; set; }

    /// <summary>IntentRequest and CanFulfillIntentRequest.</summary>
    [JsonPropertyName("intent")]
    public Intent? Intent { get; set; }

    /// <summary>SessionEndedRequest: <c>USER_INITIATED</c>, <c>ERROR</c> or <c>EXCEEDED_MAX_REPROMPTS</c>.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    /// <summary>SessionEndedRequest (reason ERROR) and System.ExceptionEncountered.</summary>
    [JsonPropertyName("error")]
    public AlexaError? Error { get; set; }

    /// <summary>System.ExceptionEncountered: the request our response to which failed.</summary>
    [JsonPropertyName("cause")]
    public ErrorCause? Cause { get; set; }
}
