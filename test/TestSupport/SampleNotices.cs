namespace Elections.Bots.Tests;

/// <summary>
/// <c>notices.csv</c> rows for tests of how a notice is said: one the office published only in English and one
/// with a Spanish text, both with XML specials that speech markup must escape.
/// </summary>
internal static class SampleNotices
{
    public const string EnglishBody = "Fish & Game Hall <Room 2> is closed today; vote at Millbrook Library instead.";
    public const string SpanishBody = "Fish & Game Hall está cerrado hoy.";
    public const string EnglishOnly = "closed," + EnglishBody + ",,,,,";
    public const string Translated = "closed," + EnglishBody + "," + SpanishBody + ",,,,";
}
