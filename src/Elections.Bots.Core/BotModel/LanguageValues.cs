namespace Elections.Bots.Core.BotModel;

/// <summary>The canonical values of the Language slot, as both platforms resolve them and the engine reads them.</summary>
public static class LanguageValues
{
    public const string English = "English";
    public const string Spanish = "Spanish";

    /// <summary>The locale a resolved Language slot value asks for.</summary>
    public static bool TryGetLocale(string? value, out Locale locale)
    {
        locale = Locale.English;
        if (string.Equals(value, Spanish, StringComparison.OrdinalIgnoreCase))
        {
            locale = Locale.Spanish;
            return true;
        }
        return string.Equals(value, English, StringComparison.OrdinalIgnoreCase);
    }
}
