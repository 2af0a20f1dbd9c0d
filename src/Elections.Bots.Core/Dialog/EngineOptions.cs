namespace Elections.Bots.Core.Dialog;

/// <summary>Settings the engine needs from configuration (read once at the composition root).</summary>
/// <param name="TimeZone">The jurisdiction's time zone: "today" and "is the office open now" are local questions.</param>
/// <param name="FallbackPhone">The office's phone, said when no dataset can be read at all.</param>
public sealed record EngineOptions(TimeZoneInfo TimeZone, string FallbackPhone)
{
    /// <summary>Text past this length is not read further (a pasted essay, a 100 KB transcript): the first part carries the question.</summary>
    public int MaxTextLength { get; init; } = 500;

    /// <summary>How sure the text interpreter must be before a typed sentence counts as a structured intent.</summary>
    public double IntentConfidenceThreshold { get; init; } = Understanding.TextInterpreter.ConfidentScore;

    public static TimeZoneInfo FindTimeZone(string ianaId) => TimeZoneInfo.FindSystemTimeZoneById(ianaId);
}
