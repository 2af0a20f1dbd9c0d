namespace Elections.Bots.Alexa.Verification;

public enum SkillIdCheck
{
    Ours,
    /// <summary>The request names no skill at all.</summary>
    Missing,
    /// <summary>The request names another skill.</summary>
    NotOurs,
}
