namespace Elections.Bots.Alexa.Wire;

/// <summary>
/// <c>context</c>: its keys are PascalCase on the wire (<c>System</c>, <c>AudioPlayer</c>, <c>Viewport</c>…).
/// Only <c>System</c> is read; the display and player states are skipped unparsed.
/// </summary>
public sealed record Context
{
    [JsonPropertyName("System")]
    public SystemContext? System { get; set; }
}
