using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Dialog.Intents;

/// <summary>
/// Either the voter's precinct, or the reply to send instead (a question for the address, a clarification, or a
/// polite dead end with the office's phone). <see cref="IsMissing"/>: no address was given at all.
/// </summary>
internal sealed record AddressResolution(Precinct? Precinct, string? AddressText, DialogReply? Reply, bool IsMissing)
{
    public static readonly AddressResolution Missing = new(null, null, null, true);
}
