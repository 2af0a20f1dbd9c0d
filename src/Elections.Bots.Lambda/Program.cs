using Elections.Bots.Lambda.Composition;
using Elections.Bots.Lambda.Configuration;
using Elections.Bots.Lambda.Logging;
using Elections.Bots.Lambda.Runtime;

using var runtimeHttp = RuntimeApiClient.CreateHttpClient();
using var stdout = Console.OpenStandardOutput();
using var log = new InvocationLog(stdout);
return await LambdaHost.RunAsync(ProcessEnvironment.Instance, runtimeHttp, log, TimeProvider.System, CancellationToken.None);
