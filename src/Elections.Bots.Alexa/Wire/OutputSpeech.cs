namespace Elections.Bots.Alexa.Wire;

/// <summary>Speech: <c>PlainText</c> with <see cref="Text"/>, or <c>SSML</c> with <see cref="Ssml"/> (wrapped in <c>&lt;speak&gt;</c>).</summary>
public sealed record OutputSpeech
{
    public const string PlainTextType = "PlainText";
    public const string SsmlType = "SSML";

    /// <summary>Alexa rejects speech of 8,000 characters or more ("length 9503 exceeds allowed size of 8000").</summary>
    public const int MaxLength = 8000;

    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("ssml")]
    public string? Ssml { get; init; }

    /// <summary><c>ENQUEUE</c>, <c>REPLACE_ALL</c> or <c>REPLACE_ENQUEUED</c>; Alexa's default suits every answer here.</summary>
    [JsonPropertyName("playBehavior")]
    public string? PlayBehavior { get; init; }

    public static OutputSpeech FromSsml(string ssml) => new() { Type = SsmlType, Ssml = ssml };
}
