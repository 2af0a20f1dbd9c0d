namespace Elections.Bots.Alexa;

public enum AlexaRefusalReason
{
    /// <summary>Not JSON, not an Alexa request envelope, or no request type.</summary>
    MalformedRequest,
    /// <summary>The request names another skill, or none.</summary>
    WrongSkill,
    /// <summary>The body is larger than any Alexa request.</summary>
    RequestTooLarge,
    /// <summary>The input stream failed or was closed before the body was read.</summary>
    UnreadableRequest,
}
