namespace Elections.Bots.Core.Privacy;

/// <summary>What the <see cref="Redactor"/> puts where personal data was. The report's grouping ignores them.</summary>
public static class Placeholders
{
    public const string Address = "[address]";
    public const string Phone = "[phone]";
    public const string Email = "[email]";
    public const string Number = "[number]";
    public const string Name = "[name]";

    public static readonly ImmutableArray<string> All = [Address, Phone, Email, Number, Name];

    /// <summary>
    /// The words without their placeholders, for matching: "[name]" must not match an FAQ entry about updating
    /// one's name, nor "[address]" the entry about a new address.
    /// </summary>
    public static string Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('[', StringComparison.Ordinal)) return text;
        foreach (var placeholder in All) text = text.Replace(placeholder, " ", StringComparison.Ordinal);
        return text;
    }
}
