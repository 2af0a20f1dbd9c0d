using Elections.Bots.Alexa.Wire;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa.Rendering;

/// <summary>
/// The session attribute for a state, reusing the last encoding when the state is the same: most answers end
/// in one of a few states (the intent just answered and its usual follow-ups), so consecutive turns, even of
/// different voters, often encode to the same string. Keyed by the state's full value, so it is never stale.
/// </summary>
internal static class SessionAttributeCache
{
    [ThreadStatic]
    private static string? _lastEncoded;

    [ThreadStatic]
    private static SessionState? _lastState;

    public static SessionAttributes For(SessionState state)
    {
        if (_lastState is not { } last || _lastEncoded is null || !SameValue(last, state))
        {
            _lastEncoded = SessionStateCodec.Encode(state);
            _lastState = state;
        }
        return new SessionAttributes { State = _lastEncoded };
    }

    /// <summary>
    /// Record equality compares <see cref="SessionState.Choices"/> by array reference; the choices are compared
    /// by content here, every other member by the record's own equality.
    /// </summary>
    internal static bool SameValue(SessionState a, SessionState b) =>
        a.Choices.AsSpan().SequenceEqual(b.Choices.AsSpan()) && a == b with { Choices = a.Choices };
}
