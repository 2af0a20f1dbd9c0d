namespace Elections.Bots.Lambda.Configuration;

/// <summary>
/// The process environment, the one seam through which the function reads its configuration and writes the
/// per-invocation trace id; tests pass a dictionary instead.
/// </summary>
public interface IEnvironment
{
    string? Get(string name);

    /// <summary>Sets or, with null, removes a variable.</summary>
    void Set(string name, string? value);
}
