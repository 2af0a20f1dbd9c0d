using System.Text.Json;
using Elections.Bots.Alexa;
using Elections.Bots.Alexa.DeviceAddress;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Lex;
using Elections.Bots.Tests;

namespace Elections.Bots.Lambda.Tests.Support;

/// <summary>
/// What the front ends answer to a fixture when called directly in this process, on the same dataset and clock:
/// the function behind the Runtime API must say exactly the same (JIT or AOT, invariant globalization or not).
/// </summary>
internal static class ExpectedAnswers
{
    public const string SkillId = "amzn1.ask.skill.7d4f2a10-0000-4000-8000-00000000e1ec";

    public static string WhatVoterSees(string eventFile, byte[] body) =>
        eventFile.StartsWith("IntentRequest", StringComparison.Ordinal) || eventFile.StartsWith("LaunchRequest", StringComparison.Ordinal)
            ? Speech(body)
            : LexMessage(body);

    public static async Task<string> DirectAsync(string eventFile)
    {
        var options = new EngineOptions(MillbrookBot.Zone, Millbrook.Phone);
        var engine = new DialogEngine(MillbrookBot.LoadSample().CreateStore(), options, TimeProvider.System);
        var utf8 = Millbrook.Event(eventFile);
        if (eventFile.StartsWith("IntentRequest", StringComparison.Ordinal) || eventFile.StartsWith("LaunchRequest", StringComparison.Ordinal))
        {
            using var http = new HttpClient();
            var alexa = new AlexaFunction(engine, new AlexaOptions { SkillId = SkillId }, new DeviceAddressClient(http));
            return Speech((await alexa.InvokeAsync(utf8, CancellationToken.None)).Body);
        }
        var lex = new LexFunction(engine, options);
        return LexMessage((await lex.InvokeAsync(utf8, CancellationToken.None)).Body);
    }

    private static string LexMessage(byte[] body)
    {
        using var response = JsonDocument.Parse(body);
        return response.RootElement.GetProperty("messages")[0].GetProperty("content").GetString()!;
    }

    private static string Speech(byte[] body)
    {
        using var response = JsonDocument.Parse(body);
        return response.RootElement.GetProperty("response").GetProperty("outputSpeech").GetProperty("ssml").GetString()!;
    }
}
