namespace Elections.Bots.Infra.Tests.Support;

/// <summary>Points at the first line where a file differs from what the generator produces now.</summary>
public static class TextDiff
{
    public static string? FirstDifference(string expected, string actual)
    {
        if (expected == actual) return null;
        var want = expected.Split('\n');
        var have = actual.Split('\n');
        for (var i = 0; i < Math.Max(want.Length, have.Length); i++)
        {
            var w = i < want.Length ? want[i] : "(end of file)";
            var h = i < have.Length ? have[i] : "(end of file)";
            if (w != h) return $"line {i + 1}: the model gives `{w.Trim()}` but the file has `{h.Trim()}`";
        }
        return "the files differ only in line endings";
    }
}
