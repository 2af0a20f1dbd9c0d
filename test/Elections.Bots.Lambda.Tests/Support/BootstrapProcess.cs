using System.Diagnostics;
using System.Text;

namespace Elections.Bots.Lambda.Tests.Support;

/// <summary>
/// The real <c>bootstrap</c> as its own process, as Lambda starts it. By default the JIT build next to the tests
/// (its app host is named bootstrap too); CI sets <see cref="BinaryVariable"/> to the Native AOT binary it
/// published, so the same tests run against what ships.
/// </summary>
internal sealed class BootstrapProcess : IDisposable
{
    public const string BinaryVariable = "ELECTIONS_BOTS_BOOTSTRAP";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public BootstrapProcess(IReadOnlyDictionary<string, string?> environment)
    {
        var info = new ProcessStartInfo(Binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        // Only what Lambda would set: nothing of the test runner's own configuration leaks in.
        foreach (var name in (string[])["TZDIR", "DATA_DIR", "TABLE_NAME", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_DYNAMODB", "ALEXA_SKILL_ID", "_HANDLER"])
        {
            info.Environment.Remove(name);
        }
        foreach (var (name, value) in environment) info.Environment[name] = value;
        _process = Process.Start(info) ?? throw new InvalidOperationException($"{Binary} did not start.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static string Binary => Environment.GetEnvironmentVariable(BinaryVariable) is { Length: > 0 } path
        ? path
        : Path.Combine(AppContext.BaseDirectory, "bootstrap");

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(wait.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }
}
