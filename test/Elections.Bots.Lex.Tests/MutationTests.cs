using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Elections.Bots.Lex.Tests.Support;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Tests;

/// <summary>
/// Randomly broken events, fixed seed. The contract: nothing thrown; a JSON object carrying any top-level member
/// of a Lex event gets a response that passes the validator; anything else (invalid JSON or UTF-8, another kind
/// of object, more than the input cap) gets a clear error.
/// </summary>
public sealed class MutationTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public const int Seed = 20270309;
    private static readonly string[] LexMembers = ["sessionState", "invocationSource", "bot", "interpretations", "inputTranscript"];
    private static readonly string[] ErrorTypes = [LexErrorTypes.InvalidJson, LexErrorTypes.NotLexEvent, LexErrorTypes.PayloadTooLarge];

    [Fact]
    public async Task InvokeAsync_When100000MutatedEvents_AnswersEveryLexEventValidlyAndRejectsTheRestClearly()
    {
        var report = await RunAsync(new LexHarness(), Seed, 100_000);
        output.WriteLine(report.ToString());

        Assert.True(report.Failures.Count == 0, string.Join("\n\n", report.Failures.Take(5)));
        Assert.True(report.Answered > 10_000 && report.Recovered > 1_000 && report.Rejected > 1_000, report.ToString());
    }

    internal static async Task<MutationReport> RunAsync(LexHarness harness, int seed, int count)
    {
        var fixtures = EventFixtures.Names.Select(EventFixtures.Node).ToArray();
        var mutator = new EventMutator(seed);
        var random = new Random(seed);
        var report = new MutationReport();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var input = mutator.Mutate(fixtures[random.Next(fixtures.Length)]);
            LexInvocationResult result;
            try
            {
                result = await harness.InvokeAsync(input);
            }
#pragma warning disable CA1031 // The point of the test is that nothing escapes; record it instead of stopping.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                report.Failures.Add($"#{i} threw {ex}");
                continue;
            }
            Check(i, input, result, report);
        }
        report.Elapsed = clock.Elapsed;
        return report;
    }

    private static void Check(int i, byte[] input, LexInvocationResult result, MutationReport report)
    {
        // Lex sends at most 12 KB; past the function's own cap even a Lex-shaped input is an error.
        if (input.Length < LexFunction.MaxInputBytes && IsLexShaped(input))
        {
            var problems = result.IsError ? ["rejected a Lex-shaped event"] : LexResponseValidator.Validate(result.Body);
            if (problems.Count > 0) report.Failures.Add($"#{i}: {string.Join("; ", problems)}\nIN: {Preview(input)}\nOUT: {Preview(result.Body)}");
            else if (result.Status == LexInvocationStatus.Recovered) report.Recovered++;
            else report.Answered++;
            return;
        }
        var error = result.IsError ? JsonSerializer.Deserialize(result.Body, LexJsonContext.Default.LexError) : null;
        if (error is null || !ErrorTypes.Contains(error.ErrorType) || string.IsNullOrWhiteSpace(error.ErrorMessage))
        {
            report.Failures.Add($"#{i}: non-Lex input without a clear error\nIN: {Preview(input)}\nOUT: {Preview(result.Body)}");
        }
        else
        {
            report.Rejected++;
        }
    }

    /// <summary>The test's own reading of "a Lex event": valid JSON (so valid UTF-8), an object, with a Lex top-level member.</summary>
    private static bool IsLexShaped(byte[] input)
    {
        try
        {
            _ = Strict.GetString(input);
            return JsonNode.Parse(input) is JsonObject root && LexMembers.Any(root.ContainsKey);
        }
        catch (Exception ex) when (ex is JsonException or System.Text.DecoderFallbackException)
        {
            return false;
        }
    }

    private static readonly System.Text.UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string Preview(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes.AsSpan(0, Math.Min(bytes.Length, 600)));
}

internal sealed class MutationReport
{
    public int Answered { get; set; }
    public int Recovered { get; set; }
    public int Rejected { get; set; }
    public List<string> Failures { get; } = [];
    public TimeSpan Elapsed { get; set; }

    public override string ToString() =>
        $"{Answered} Lex events answered by the engine, {Recovered} with the adapter's apology, {Rejected} non-Lex inputs rejected, " +
        $"{Failures.Count} failures in {Elapsed.TotalSeconds:F1} s";
}
