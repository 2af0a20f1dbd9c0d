using Elections.Bots.Core;

namespace Elections.Bots.Cli.Export.Lex;

/// <summary>
/// The Polly voice Lex speaks with on channels that take audio from Lex (Amazon Connect uses its own voice). Neural
/// voices native to each locale, so dates and street names are read the way a local would read them.
/// </summary>
internal sealed record LexVoice(string VoiceId, string Engine)
{
    public static LexVoice For(Locale locale) => locale == Locale.Spanish ? new("Lupe", "neural") : new("Joanna", "neural");
}
