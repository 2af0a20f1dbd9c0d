using Elections.Bots.Import;
using Elections.Bots.Lambda.Configuration;
using Elections.Bots.Lambda.Handlers;
using Elections.Bots.Lambda.Logging;
using Elections.Bots.Lambda.Runtime;

namespace Elections.Bots.Lambda.Composition;

/// <summary>
/// The composition root: reads the configuration once, builds the function named by <c>_HANDLER</c>, and runs
/// the Runtime API loop. Only an invalid configuration or a function that cannot be built ends the process at
/// start-up, and both are reported through <c>/init/error</c> in a sentence.
/// </summary>
public static class LambdaHost
{
    public static async Task<int> RunAsync(
        IEnvironment environment, HttpClient runtimeHttp, InvocationLog log, TimeProvider time, CancellationToken cancellationToken, LoopOptions? loopOptions = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(log);
        var started = time.GetTimestamp();
        if (environment.Get(EnvironmentNames.RuntimeApi) is not { Length: > 0 } runtimeApi)
        {
            log.Fatal($"{EnvironmentNames.RuntimeApi} is not set: bootstrap runs under AWS Lambda or a Runtime API emulator.");
            return ExitCodes.InitFailed;
        }
        var api = new RuntimeApiClient(runtimeHttp, runtimeApi, time);

        var read = SettingsReader.Read(environment);
        if (read.Settings is not { } settings)
        {
            return await FailInitAsync(api, log, new ErrorReport(ErrorTypes.InvalidConfiguration, read.Describe()), cancellationToken).ConfigureAwait(false);
        }

        IInvocationHandler handler;
        try
        {
            var services = new FunctionServices(settings, time, s => FactStoreFactory.Create(s, time));
            handler = HandlerRegistry.Create(settings.Handler, services);
        }
        catch (DatasetLoadException e)
        {
            var report = new ErrorReport(ErrorTypes.InitFailed, $"The dataset in {EnvironmentNames.DataDirectory} cannot be loaded: {e.Message}");
            return await FailInitAsync(api, log, report, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Anything that stops the function being built is reported to Lambda, not thrown into the void.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var report = ErrorReport.From(e) with { ErrorType = ErrorTypes.InitFailed, ErrorMessage = $"The {settings.Handler} function could not be built: {e.Message}" };
            return await FailInitAsync(api, log, report, cancellationToken).ConfigureAwait(false);
        }

        log.Started(settings.Handler, settings.TableName is null ? "folder" : "dynamodb", time.GetElapsedTime(started).TotalMilliseconds);
        using var loop = new InvocationLoop(api, handler, settings.Handler, environment, log, time, loopOptions);
        return await loop.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> FailInitAsync(RuntimeApiClient api, InvocationLog log, ErrorReport report, CancellationToken cancellationToken)
    {
        log.Fatal(report.ErrorMessage);
        try
        {
            var posted = await api.PostInitErrorAsync(report.ErrorType, report.ToUtf8Json(), cancellationToken).ConfigureAwait(false);
            if (posted != PostStatus.Accepted) log.Fatal($"/init/error was not accepted ({posted}).");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping anyway.
        }
        return ExitCodes.InitFailed;
    }
}
