using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Elections.Bots.DynamoDb.Tests.Dynalite;

/// <summary>
/// A dynalite process (a DynamoDB-compatible server, in memory) on a loopback port. Installs the npm package
/// into <c>test/Elections.Bots.DynamoDb.Tests/node/node_modules</c> on first use, so a fresh clone works.
/// Shared with the benchmarks as a linked file.
/// </summary>
public sealed class DynaliteServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private readonly Process _process;

    private DynaliteServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string ServiceUrl => $"http://127.0.0.1:{Port}";

    /// <exception cref="InvalidOperationException">Node.js is missing, the install failed, or the server did not start.</exception>
    public static async Task<DynaliteServer> StartAsync(int? port = null)
    {
        var folder = await EnsureInstalledAsync();
        for (var attempt = 1; ; attempt++)
        {
            var chosen = port ?? FreeLoopbackPort();
            var (process, output) = Launch("node", folder,
                "node_modules/dynalite/cli.js", "--host", "127.0.0.1", "--port", chosen.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0");
            if (await WaitForLineAsync(process, output, "listening", StartTimeout)) return new DynaliteServer(process, chosen);
            Stop(process);
            // Another process can take a just-freed port; a fixed port (a restart) gets no second chance.
            if (port is not null || attempt == 3)
            {
                throw new InvalidOperationException(
                    $"dynalite did not start on 127.0.0.1:{chosen} (exit {(process.HasExited ? process.ExitCode : -1)}). Output:\n{output}");
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop(_process);
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static async Task<string> EnsureInstalledAsync()
    {
        var folder = Path.Combine(RepoRoot(), "test", "Elections.Bots.DynamoDb.Tests", "node");
        await InstallGate.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(folder, "node_modules", "dynalite", "cli.js"))) return folder;
            var (npm, output) = Launch("npm", folder, File.Exists(Path.Combine(folder, "package-lock.json")) ? "ci" : "install",
                "--no-audit", "--no-fund");
            using (npm)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
                await npm.WaitForExitAsync(timeout.Token);
                if (npm.ExitCode != 0) throw new InvalidOperationException($"`npm ci` for dynalite failed in {folder}:\n{output}");
            }
            return folder;
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static (Process Process, OutputLog Output) Launch(string program, string folder, params string[] arguments)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        var output = new OutputLog();
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"`{program}` did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"`{program}` was not found: Node.js 20+ and npm are needed to run dynalite for the DynamoDB integration tests.", e);
        }
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, output);
    }

    private static async Task<bool> WaitForLineAsync(Process process, OutputLog output, string marker, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (output.Contains(marker)) return true;
            if (process.HasExited) return false;
            await Task.Delay(50);
        }
        return false;
    }

    private static void Stop(Process process)
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true);
        process.WaitForExit(5000);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Elections.Bots.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Elections.Bots.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class OutputLog
    {
        private readonly System.Text.StringBuilder _text = new();

        public void Add(string? line)
        {
            if (line is null) return;
            lock (_text) _text.AppendLine(line);
        }

        public bool Contains(string marker)
        {
            lock (_text) return _text.ToString().Contains(marker, StringComparison.OrdinalIgnoreCase);
        }

        public override string ToString()
        {
            lock (_text) return _text.ToString();
        }
    }
}
