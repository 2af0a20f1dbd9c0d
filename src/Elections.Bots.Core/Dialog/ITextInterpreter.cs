namespace Elections.Bots.Core.Dialog;

/// <summary>
/// Reads typed or transcribed text into an intent and slots: the local NLU for chat and the web playground, and
/// a second opinion when a channel's own NLU falls back.
/// </summary>
public interface ITextInterpreter
{
    TextInterpretation Interpret(string text, Locale locale, SessionState session);
}
