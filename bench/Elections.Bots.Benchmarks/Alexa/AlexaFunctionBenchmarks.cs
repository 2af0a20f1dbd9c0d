using System.Text;
using BenchmarkDotNet.Attributes;
using Elections.Bots.Alexa;
using Elections.Bots.Alexa.DeviceAddress;
using Elections.Bots.Benchmarks.Engine;

namespace Elections.Bots.Benchmarks.Alexa;

/// <summary>
/// One Alexa request through AlexaFunction on the engine and the in-memory Millbrook store: read, verify,
/// map, answer, render, write (targets: median ≤ 20 µs structured, ≤ 40 µs FAQ, ≤ 16 KB allocated).
/// </summary>
[MemoryDiagnoser]
public class AlexaFunctionBenchmarks
{
    private const string SkillId = "amzn1.ask.skill.7d4f2a10-0000-4000-8000-00000000e1ec";

    private AlexaFunction _function = null!;
    private HttpClient _http = null!;
    private byte[] _nextElection = null!;
    private byte[] _faq = null!;
    private byte[] _launch = null!;

    [GlobalSetup]
    public void Setup()
    {
        _http = new HttpClient();
        _function = new AlexaFunction(MillbrookEngine.Create(MillbrookEngine.LoadDataset()), new AlexaOptions { SkillId = SkillId }, new DeviceAddressClient(_http));
        _nextElection = Request("""{"type":"IntentRequest","requestId":"amzn1.echo-api.request.1","timestamp":"2027-02-15T15:00:00Z","locale":"en-US","intent":{"name":"NextElection","confirmationStatus":"NONE","slots":{}}}""");
        _faq = Request("""{"type":"IntentRequest","requestId":"amzn1.echo-api.request.1","timestamp":"2027-02-15T15:00:00Z","locale":"en-US","intent":{"name":"AskQuestion","confirmationStatus":"NONE","slots":{"Query":{"name":"Query","value":"what kind of identification do I have to bring to vote","confirmationStatus":"NONE","source":"USER"}}}}""");
        _launch = Request("""{"type":"LaunchRequest","requestId":"amzn1.echo-api.request.1","timestamp":"2027-02-15T15:00:00Z","locale":"es-US"}""");
    }

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    [Benchmark]
    public long NextElection() => Invoke(_nextElection);

    [Benchmark]
    public long FaqQuestion() => Invoke(_faq);

    [Benchmark]
    public long LaunchInSpanish() => Invoke(_launch);

    /// <summary>In-memory turns complete synchronously; reading the result directly keeps Task costs out of the figures.</summary>
    private long Invoke(byte[] request)
    {
        var pending = _function.InvokeAsync(request, CancellationToken.None);
        var result = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        return result.Body.Length;
    }

    /// <summary>A compact request envelope, as Alexa sends it, around <paramref name="request"/>.</summary>
    private static byte[] Request(string request) => Encoding.UTF8.GetBytes(
        $$$"""{"version":"1.0","session":{"new":true,"sessionId":"amzn1.echo-api.session.1","application":{"applicationId":"{{{SkillId}}}"},"user":{"userId":"amzn1.ask.account.1"}},"context":{"System":{"application":{"applicationId":"{{{SkillId}}}"},"user":{"userId":"amzn1.ask.account.1"},"device":{"deviceId":"amzn1.ask.device.1","supportedInterfaces":{}},"apiEndpoint":"https://api.amazonalexa.com","apiAccessToken":"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2FwaS5hbWF6b25hbGV4YS5jb20ifQ.c2ln"}},"request":{{{request}}}}""");
}
