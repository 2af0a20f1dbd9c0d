namespace Elections.Bots.Core;

/// <summary>The languages the bot answers in. Every answer exists in both.</summary>
public enum Locale
{
    English,
    Spanish,
}
