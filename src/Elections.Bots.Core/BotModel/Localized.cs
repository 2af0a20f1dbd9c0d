namespace Elections.Bots.Core.BotModel;

/// <summary>One value per language the bot speaks (en-US, es-US).</summary>
public sealed record Localized<T>(T English, T Spanish)
{
    public T For(Locale locale) => locale == Locale.Spanish ? Spanish : English;
}
