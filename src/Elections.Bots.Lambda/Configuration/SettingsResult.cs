namespace Elections.Bots.Lambda.Configuration;

/// <summary>The settings, or every problem found in the environment (all at once, so one deploy fixes them all).</summary>
public sealed record SettingsResult(FunctionSettings? Settings, ImmutableArray<string> Problems)
{
    public bool IsValid => Settings is not null;

    public string Describe() => "The function's configuration is invalid: " + string.Join(" ", Problems);
}
