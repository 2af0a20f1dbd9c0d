using Elections.Bots.Lambda.Configuration;

namespace Elections.Bots.Lambda.Tests.Support;

/// <summary>An environment in a dictionary, recording what the function writes to it.</summary>
internal sealed class FakeEnvironment(IEnumerable<KeyValuePair<string, string>>? values = null) : IEnvironment
{
    private readonly Dictionary<string, string?> _values = new(values?.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)) ?? [], StringComparer.Ordinal);

    public List<(string Name, string? Value)> Writes { get; } = [];

    public string? this[string name]
    {
        get => Get(name);
        set => _values[name] = value;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public void Set(string name, string? value)
    {
        lock (Writes) Writes.Add((name, value));
        _values[name] = value;
    }
}
