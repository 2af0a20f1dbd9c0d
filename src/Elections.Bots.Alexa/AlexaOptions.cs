namespace Elections.Bots.Alexa;

/// <summary>The Alexa adapter's configuration, read by the composition root (ALEXA_SKILL_ID and friends).</summary>
public sealed record AlexaOptions
{
    /// <summary>The only skill whose requests are answered (<c>amzn1.ask.skill.…</c>). Required.</summary>
    public required string SkillId { get; init; }

    /// <summary>
    /// Ask for a missing address with Dialog.ElicitSlot. Needs a dialog model in the interaction model for the
    /// address intents; without one, the question is asked in plain speech and the session kept open.
    /// </summary>
    public bool UseDialogDirectives { get; init; } = true;

    /// <summary>Real requests are a few kilobytes (more with screen context); larger bodies are refused unread.</summary>
    public int MaxRequestBytes { get; init; } = 256 * 1024;
}
