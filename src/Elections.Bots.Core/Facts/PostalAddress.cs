namespace Elections.Bots.Core.Facts;

/// <summary>A place's address as the feed gives it, for display and speech (not for matching).</summary>
public sealed record PostalAddress(ImmutableArray<string> Lines, string? City, string? State, string? Zip)
{
    private string? _singleLine;

    /// <summary>"401 N Main St, Community Room, Millbrook, NL 99961" (built once: facts never change).</summary>
    public string ToSingleLine() => _singleLine ??= BuildSingleLine();

    private string BuildSingleLine()
    {
        var parts = new List<string>(Lines.Length + 2);
        foreach (var line in Lines)
        {
            if (!string.IsNullOrWhiteSpace(line)) parts.Add(line);
        }
        if (!string.IsNullOrWhiteSpace(City)) parts.Add(City);
        var stateZip = string.Join(' ', new[] { State, Zip }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (stateZip.Length > 0) parts.Add(stateZip);
        return string.Join(", ", parts);
    }

    /// <summary>The street line alone ("401 N Main St"), which is what voice should say.</summary>
    public string StreetLine => Lines.IsDefaultOrEmpty ? string.Empty : Lines[0];
}
