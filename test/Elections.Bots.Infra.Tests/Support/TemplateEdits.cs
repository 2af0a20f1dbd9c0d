namespace Elections.Bots.Infra.Tests.Support;

/// <summary>The committed template with one deliberate mistake, to prove a check catches it.</summary>
public static class TemplateEdits
{
    public static CfnTemplate Replace(string oldText, string newText)
    {
        var text = RepoFiles.TemplateText;
        var index = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(index >= 0, $"The test's edit no longer applies: template.yaml has no `{oldText}`.");
        return CfnTemplate.Parse(string.Concat(text.AsSpan(0, index), newText, text.AsSpan(index + oldText.Length)));
    }
}
