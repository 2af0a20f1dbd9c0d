using Elections.Bots.Alexa.Wire;

namespace Elections.Bots.Alexa.Verification;

/// <summary>
/// Answers only requests sent for our skill. Alexa names the skill in <c>context.System.application</c> and,
/// in sessions, in <c>session.application</c>; every id present must be ours, and at least one must be present.
/// </summary>
public sealed class SkillIdVerifier
{
    private readonly string _skillId;

    public SkillIdVerifier(string skillId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        _skillId = skillId;
    }

    public SkillIdCheck Check(RequestEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var fromContext = envelope.Context?.System?.Application?.ApplicationId;
        var fromSession = envelope.Session?.Application?.ApplicationId;
        if (fromContext is null && fromSession is null) return SkillIdCheck.Missing;
        return IsOurs(fromContext) && IsOurs(fromSession) ? SkillIdCheck.Ours : SkillIdCheck.NotOurs;
    }

    private bool IsOurs(string? applicationId) =>
        applicationId is null || string.Equals(applicationId, _skillId, StringComparison.Ordinal);
}
