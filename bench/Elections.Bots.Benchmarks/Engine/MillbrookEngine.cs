using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Import.Dataset;

namespace Elections.Bots.Benchmarks.Engine;

/// <summary>The engine on the bundled sample at a fixed instant before the election, for every benchmark.</summary>
internal static class MillbrookEngine
{
    public static LoadedDataset LoadDataset() => DatasetFolderLoader.Load(Path.Combine(RepositoryRoot(), "samples", "millbrook"));

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Elections.Bots.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }

    public static DialogEngine Create(LoadedDataset dataset, ITextInterpreter? interpreter = null)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var clock = new FrozenClock(new DateTimeOffset(2027, 2, 15, 15, 0, 0, TimeSpan.Zero));
        return new DialogEngine(dataset.CreateStore(), new EngineOptions(zone, "555-0142"), clock, interpreter);
    }

    public static DialogTurn Turn(string? intent, string? text, Locale locale = Locale.English, params (string Name, string Value)[] slots) =>
        new(Channel.Web, locale, intent, slots.Length == 0 ? DialogTurn.NoSlots : slots.ToDictionary(s => s.Name, s => s.Value), text, SessionState.New);

    private sealed class FrozenClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
