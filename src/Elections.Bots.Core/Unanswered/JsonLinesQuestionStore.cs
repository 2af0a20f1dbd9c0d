using System.Globalization;
using System.Text.Json;
using Elections.Bots.Core.Observability;
using Elections.Bots.Core.Ports;

namespace Elections.Bots.Core.Unanswered;

/// <summary>
/// Unanswered questions as JSON lines in a local file, for runs without DynamoDB (<c>chat</c>, <c>serve</c>) and
/// for <c>report unanswered --file</c>. One object per line: text, channel, locale, day, reason. Lines it
/// cannot read are skipped, so a file cut short by a crash still reports.
/// </summary>
public sealed class JsonLinesQuestionStore(string path) : IUnansweredQuestionStore, IDisposable
{
    private const string TextField = "text";
    private const string ChannelField = "channel";
    private const string LocaleField = "locale";
    private const string DayField = "day";
    private const string ReasonField = "reason";
    private const string DayFormat = "yyyy-MM-dd";

    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Path { get; } = path;

    public void Dispose() => _gate.Dispose();

    public async Task SaveAsync(IReadOnlyList<UnansweredQuestion> questions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(questions);
        using var buffer = new MemoryStream();
        foreach (var question in questions)
        {
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString(TextField, question.Text);
                writer.WriteString(ChannelField, TurnLogValues.ChannelName(question.Channel));
                writer.WriteString(LocaleField, question.Locale.ToTag());
                writer.WriteString(DayField, question.Day.ToString(DayFormat, CultureInfo.InvariantCulture));
                writer.WriteString(ReasonField, question.Reason.Name());
                writer.WriteEndObject();
            }
            buffer.WriteByte((byte)'\n');
        }
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            buffer.Position = 0;
            await buffer.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<UnansweredQuestion>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path)) return [];
        var questions = new List<UnansweredQuestion>();
        foreach (var line in await File.ReadAllLinesAsync(Path, cancellationToken).ConfigureAwait(false))
        {
            if (Parse(line) is { } question && question.Day >= from && question.Day <= to) questions.Add(question);
        }
        return questions;
    }

    private static UnansweredQuestion? Parse(string line)
    {
        if (string.IsNullOrWhiteSpace(line)) return null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object ||
                !root.TryGetProperty(TextField, out var text) || text.GetString() is not { Length: > 0 } words ||
                !root.TryGetProperty(ChannelField, out var channelName) || !TurnLogValues.TryParseChannel(channelName.GetString(), out var channel) ||
                !root.TryGetProperty(DayField, out var dayText) ||
                !DateOnly.TryParseExact(dayText.GetString(), DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return null;
            }
            var locale = LocaleTags.ParseOrEnglish(root.TryGetProperty(LocaleField, out var tag) ? tag.GetString() : null);
            var reason = UnansweredReasonNames.Parse(root.TryGetProperty(ReasonField, out var why) ? why.GetString() : null);
            return new UnansweredQuestion(words, channel, locale, day, reason);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // A member of the wrong JSON type.
            return null;
        }
    }
}
