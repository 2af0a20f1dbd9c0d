using System.Diagnostics;
using System.Text.Json;
using Elections.Bots.Alexa.DeviceAddress;
using Elections.Bots.Alexa.Tests.Support;
using Elections.Bots.Alexa.Wire;
using Xunit.Abstractions;

namespace Elections.Bots.Alexa.Tests;

/// <summary>
/// 100,000 broken or hostile variants of the fixture requests (fixed seeds) through the function on the real
/// engine: each must come back as a response that passes every Alexa rule, or as a clear refusal. Nothing may
/// throw. Split over the machine's cores; about 10 s on two.
/// </summary>
public sealed class MutationTests(ITestOutputHelper output)
{
    private const int Mutations = 100_000;
    private const int FirstSeed = 20270309;

    [Fact]
    public void InvokeAsync_When100000MutatedRequests_AnswersValidlyOrRefusesAndNeverThrows()
    {
        var seeds = Fixtures.All.Where(f => !f.Contains("WrongSkillId", StringComparison.Ordinal)).Select(Fixtures.Bytes).ToArray();
        var workers = Math.Max(1, Environment.ProcessorCount);
        var failures = new List<string>();
        var counts = new int[3];
        var clock = Stopwatch.StartNew();

        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            var skill = new MillbrookSkill(new CyclingDeviceAddressClient());
            var mutator = new RequestMutator(FirstSeed + worker);
            var answered = 0;
            var refused = 0;
            var empty = 0;
            for (var i = worker; i < Mutations; i += workers)
            {
                var seed = seeds[i % seeds.Length];
                var request = mutator.Mutate(seed, out var description);
                var problem = Check(skill.Function, request, ref answered, ref refused, ref empty);
                if (problem is null) continue;
                lock (failures)
                {
                    if (failures.Count < 20) failures.Add($"#{i} ({Fixtures.All.ElementAt(i % seeds.Length)}: {description}): {problem}");
                }
            }
            Interlocked.Add(ref counts[0], answered);
            Interlocked.Add(ref counts[1], refused);
            Interlocked.Add(ref counts[2], empty);
        });

        output.WriteLine($"{Mutations} mutations in {clock.Elapsed.TotalSeconds:F1} s: {counts[0]} answered, {counts[1]} refused, {counts[2]} empty responses");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(Mutations, counts.Sum());
        // The mutations must reach the engine, not just the JSON parser.
        Assert.InRange(counts[0], Mutations / 4, Mutations);
        Assert.InRange(counts[1], Mutations / 10, Mutations);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    private static string? Check(AlexaFunction function, byte[] request, ref int answered, ref int refused, ref int empty)
    {
        AlexaInvocation result;
        try
        {
            var pending = function.InvokeAsync(request, CancellationToken.None);
            result = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            return "threw " + ex;
        }
        var body = result.Body;
        if (result.Refusal is { } refusal)
        {
            refused++;
            using var error = JsonDocument.Parse(body);
            return error.RootElement.GetProperty("errorType").GetString() == refusal.ErrorType ? null : "refusal body does not match";
        }
        var type = AlexaJson.ReadRequest(request)!.Request!.Type!;
        var problems = AlexaResponseValidator.Problems(body, type);
        if (problems.Count > 0) return string.Join("; ", problems);
        if (body.Length < 40) empty++;
        else answered++;
        return null;
    }

    /// <summary>Plays each Device Address outcome in turn, without a network.</summary>
    private sealed class CyclingDeviceAddressClient : IDeviceAddressClient
    {
        private static readonly DeviceAddressLookup[] Outcomes =
        [
            new(DeviceAddressStatus.Found, "401 N Main St, Millbrook, NL 99961"),
            DeviceAddressLookup.NotSet, DeviceAddressLookup.PermissionDenied, DeviceAddressLookup.Unavailable,
        ];

        private int _next;

        public ValueTask<DeviceAddressLookup> GetAddressAsync(DeviceAddressQuery query, CancellationToken cancellationToken) =>
            ValueTask.FromResult(Outcomes[_next++ % Outcomes.Length]);
    }
}
