using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Observability;
using Elections.Bots.Core.Unanswered;

namespace Elections.Bots.Tests;

/// <summary>
/// The Millbrook engine behind <see cref="ObservedEngine"/>, its turn log on a memory stream and its questions in
/// memory, and the check that a turn let none of a voter's personal data out. Shared (as a linked file) by the
/// engine's, the Lex function's and the Alexa function's privacy properties.
/// </summary>
internal sealed partial class TurnPrivacyProbe : IDisposable
{
    private readonly MemoryStream _log = new();
    private readonly TurnLogWriter _writer;
    private readonly ElectionFacts _facts;

    public TurnPrivacyProbe(string localTime)
    {
        Bot = new MillbrookBot(localTime);
        _facts = Bot.Dataset.Facts;
        _writer = new TurnLogWriter(_log);
        Engine = new ObservedEngine(Bot.Engine, new TurnTelemetry(_writer, Bot.Clock, new TurnTelemetryOptions
        {
            Questions = Questions,
            RequestId = () => "5e1f0c52-7d0a-4a5e-9a61-3c2b8f0e1d11",
            TimeZone = MillbrookBot.Zone,
        }));
    }

    public MillbrookBot Bot { get; }

    public ObservedEngine Engine { get; }

    public InMemoryUnansweredQuestions Questions { get; } = new(capacity: 100_000);

    public int LineCount => Encoding.UTF8.GetString(_log.ToArray()).Count(c => c == '\n');

    /// <summary>Where the log and the questions stand before a turn.</summary>
    public (long Log, int Questions) Mark() => (_log.Length, Questions.Questions.Count);

    /// <summary>
    /// The turn since <paramref name="mark"/> wrote exactly one line, whose every string is an id or a code (no
    /// text), none holding a word or a digit run of <paramref name="utterance"/>'s personal data; every question
    /// it stored is free of that data.
    /// </summary>
    public void AssertNothingLeaked(VoterUtterance utterance, (long Log, int Questions) mark)
    {
        var lines = Encoding.UTF8.GetString(_log.ToArray().AsSpan((int)mark.Log)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = JsonNode.Parse(Xunit.Assert.Single(lines))!.AsObject();
        // Ids from the dataset have digits of their own ("pl-202"): they must be the dataset's, nothing else.
        if (line["FaqId"] is { } faqId) Xunit.Assert.Contains(_facts.Faq, e => e.Id == faqId.GetValue<string>());
        if (line["DatasetVersion"] is { } version) Xunit.Assert.Equal(_facts.DatasetVersion, version.GetValue<string>());
        foreach (var value in StringValues(line, skip: ["FaqId", "DatasetVersion"]))
        {
            Xunit.Assert.True(TurnLogValues.IsId(value), $"the log line holds free text \"{value}\" for \"{utterance.Text}\"");
            Xunit.Assert.True(Secret(value, utterance) is null, $"'{Secret(value, utterance)}' of \"{utterance.Text}\" is in the log line as \"{value}\"");
        }
        foreach (var question in Questions.Questions.Skip(mark.Questions))
        {
            Xunit.Assert.True(PersonalData.Leak(question.Text, utterance) is null,
                $"{PersonalData.Leak(question.Text, utterance)} survived in the stored \"{question.Text}\" from \"{utterance.Text}\"");
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _log.Dispose();
    }

    /// <summary>Every string in the line, member names included, as CloudWatch and the analytics export see them.</summary>
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
