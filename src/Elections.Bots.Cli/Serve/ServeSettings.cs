using System.Net;

namespace Elections.Bots.Cli.Serve;

/// <summary>Where the playground listens and which Alexa skill it answers.</summary>
/// <param name="Address">Loopback unless <c>--host</c> names another address.</param>
/// <param name="Port">0 picks a free port; the printed address says which.</param>
/// <param name="AlexaSkillId">Answer <c>/alexa</c> only for this skill, as the Lambda does; null answers the skill each request names.</param>
internal sealed record ServeSettings(IPAddress Address, int Port, string? AlexaSkillId = null)
{
    public const int DefaultPort = 5080;

    public bool IsLoopbackOnly => IPAddress.IsLoopback(Address);
}
