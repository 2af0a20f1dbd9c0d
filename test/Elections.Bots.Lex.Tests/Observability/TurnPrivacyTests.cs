using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck.Xunit;
using Elections.Bots.Core.Observability;
using Elections.Bots.Core.Unanswered;
using Elections.Bots.Lex.Tests.Support;
using Elections.Bots.Tests;

namespace Elections.Bots.Lex.Tests.Observability;

/// <summary>
/// Thousands of voter turns with addresses, phone numbers, e-mails and names in them, through the real Lex
/// function, engine and telemetry: none of that data reaches a log line, a metric or a stored question.
/// </summary>
public sealed partial class TurnPrivacyTests : IDisposable
{
    private static readonly string[] Fixtures = ["web-fulfillment-fallback-faq", "sms-twilio-fulfillment-registration-deadline-es", "connect-chat-fulfillment-composite-slot"];

    private readonly MemoryStream _log = new();
    private readonly TurnLogWriter _writer;
    private readonly InMemoryUnansweredQuestions _questions = new(capacity: 100_000);
    private readonly LexFunction _function;
    private readonly Core.Facts.ElectionFacts _facts;
    private int _turns;

    public TurnPrivacyTests()
    {
        var bot = new MillbrookBot(LexHarness.LocalNow);
        _facts = bot.Dataset.Facts;
        _writer = new TurnLogWriter(_log);
        var telemetry = new TurnTelemetry(_writer, bot.Clock, new TurnTelemetryOptions
        {
            Questions = _questions,
            RequestId = () => "5e1f0c52-7d0a-4a5e-9a61-3c2b8f0e1d11",
            TimeZone = MillbrookBot.Zone,
        });
        var observed = new ObservedEngine(bot.Engine, telemetry);
        _function = new LexFunction(observed.HandleAsync, new LexOptions(LexHarness.FallbackPhone));
    }

    public void Dispose()
    {
        _writer.Dispose();
        _log.Dispose();
    }

    [Property(MaxTest = 1500, Arbitrary = [typeof(PersonalData)])]
    public async Task InvokeAsync_ForTurnsWithPersonalData_KeepsItOutOfLogsMetricsAndStoredQuestions(VoterUtterance utterance)
    {
        var questionsBefore = _questions.Questions.Count;
        var logBefore = _log.Length;

        var result = await _function.InvokeAsync(Event(utterance), CancellationToken.None);

        Assert.Equal(LexInvocationStatus.Answered, result.Status);
        _turns++;
        var lines = Encoding.UTF8.GetString(_log.ToArray().AsSpan((int)logBefore)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = JsonNode.Parse(Assert.Single(lines))!.AsObject();
        // Ids from the dataset may hold digits of their own ("pl-202"); they must be the dataset's, nothing else.
        if (line["FaqId"] is { } faqId) Assert.Contains(_facts.Faq, e => e.Id == faqId.GetValue<string>());
        if (line["DatasetVersion"] is { } version) Assert.Equal(_facts.DatasetVersion, version.GetValue<string>());
        foreach (var value in StringValues(line, skip: ["FaqId", "DatasetVersion"]))
        {
            Assert.True(TurnLogValues.IsId(value), $"the log line holds free text \"{value}\" for \"{utterance.Text}\"");
            Assert.True(Secret(value, utterance) is null, $"'{Secret(value, utterance)}' of \"{utterance.Text}\" is in the log line as \"{value}\"");
        }
        foreach (var question in _questions.Questions.Skip(questionsBefore))
        {
            Assert.True(PersonalData.Leak(question.Text, utterance) is null,
                $"{PersonalData.Leak(question.Text, utterance)} survived in the stored \"{question.Text}\" from \"{utterance.Text}\"");
        }
    }

    [Fact]
    public async Task InvokeAsync_ForGeneratedTurns_StoresTheUnansweredOnesRedacted()
    {
        var utterances = FsCheck.Fluent.Gen.Sample(PersonalData.Utterances(), 300);

        foreach (var utterance in utterances) await _function.InvokeAsync(Event(utterance), CancellationToken.None);

        // The property above is only worth something if the question path really runs: most of these are FAQ misses.
        Assert.InRange(_questions.Questions.Count, 100, utterances.Length);
        Assert.All(_questions.Questions, q => Assert.Contains(Core.Privacy.Placeholders.All, p => q.Text.Contains(p, StringComparison.Ordinal)));
        Assert.Equal(utterances.Length, Encoding.UTF8.GetString(_log.ToArray()).Count(c => c == '\n'));
    }

    private byte[] Event(VoterUtterance utterance)
    {
        var node = EventFixtures.Node(Fixtures[_turns % Fixtures.Length]);
        node["inputTranscript"] = utterance.Text;
        node["sessionId"] = Guid.NewGuid().ToString();
        node["bot"]!["localeId"] = utterance.Locale == Core.Locale.Spanish ? "es_US" : "en_US";
        if (node["transcriptions"] is JsonArray { Count: > 0 } transcriptions) transcriptions[0]!["transcription"] = utterance.Text;
        // As Lex sends a turn it could not classify: the engine reads the words itself.
        var fallback = new JsonObject { ["name"] = "FallbackIntent", ["slots"] = new JsonObject(), ["state"] = "ReadyForFulfillment", ["confirmationState"] = "None" };
        node["sessionState"]!["intent"] = fallback;
        node["interpretations"] = new JsonArray(new JsonObject { ["intent"] = fallback.DeepClone(), ["interpretationSource"] = "Lex" });
        return EventFixtures.ToBytes(node);
    }

    /// <summary>Every string in the line, names of members included, as CloudWatch and the analytics export see them.</summary>
    private static IEnumerable<string> StringValues(JsonNode node, string[]? skip = null) => node switch
    {
        JsonObject obj => obj.Where(p => skip?.Contains(p.Key) != true).SelectMany(p => StringValues(p.Value!).Prepend(p.Key)),
        JsonArray array => array.SelectMany(item => StringValues(item!)),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => [value.GetValue<string>()],
        _ => [],
    };

    private static string? Secret(string value, VoterUtterance utterance)
    {
        foreach (var word in utterance.SecretWords.SelectMany(w => w.Split([' ', '-', '\''])).Where(w => w.Length > 2))
        {
            if (value.Contains(word, StringComparison.OrdinalIgnoreCase)) return word;
        }
        foreach (Match digits in DigitRun().Matches(utterance.Text))
        {
            if (value.Contains(digits.Value, StringComparison.Ordinal)) return digits.Value;
        }
        return null;
    }

    [GeneratedRegex("[0-9]{3,}")]
    private static partial Regex DigitRun();
}
