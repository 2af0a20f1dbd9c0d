using System.Collections.Immutable;
using System.Globalization;
using Elections.Bots.Cli.Common;
using Elections.Bots.Cli.Serve.Api;
using Elections.Bots.Cli.Serve.Http;
using Elections.Bots.Core;
using Elections.Bots.Core.Facts;
using Microsoft.AspNetCore.Http;

namespace Elections.Bots.Cli.Serve.Endpoints;

/// <summary>
/// GET <c>/api/admin</c>: the dataset the bot answers from right now, the notices voters are hearing, the
/// server's clock, and the questions it could not answer.
/// </summary>
internal sealed class AdminEndpoint(BotSession bot)
{
    /// <summary>The page shows the most asked groups; <c>report unanswered --file</c> lists them all.</summary>
    private const int MaxGroups = 20;

    public async Task HandleAsync(HttpContext context)
    {
        var facts = await CurrentFacts.ReadAsync(bot.Store, context.RequestAborted);
        if (facts is null)
        {
            await Problems.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "No dataset can be read right now: check the table or folder the server was started on.");
            return;
        }
        await context.Response.WriteAsJsonAsync(Summarize(facts), ServeJsonContext.Web.AdminSummary, cancellationToken: context.RequestAborted);
    }

    private AdminSummary Summarize(ElectionFacts facts)
    {
        var settings = bot.Settings;
        var now = bot.Clock.GetUtcNow();
        var locations = facts.Locations.Values;
        return new AdminSummary(
            facts.JurisdictionName,
            facts.DatasetVersion,
            settings.Table is { } table ? $"DynamoDB table {table.Name}" + (table.Endpoint is null ? string.Empty : $" at {table.Endpoint}") : settings.DataDirectory,
            LocalTimeText.Format(TimeZoneInfo.ConvertTime(now, settings.TimeZone)),
            settings.Now is not null,
            settings.TimeZone.Id,
            settings.Locale.ToTag(),
            new OfficeView(facts.Office.Name, facts.Office.Phone, facts.Office.Email, facts.Office.Links.Elections),
            new DatasetCounts(
                facts.Elections.Length,
                facts.Precincts.Count,
                locations.Length,
                locations.Count(l => l.Is(LocationRoles.ElectionDay)),
                locations.Count(l => l.Is(LocationRoles.EarlyVoting)),
                locations.Count(l => l.Is(LocationRoles.DropBox)),
                facts.Faq.Length,
                facts.Notices.Length),
            [.. facts.Elections.OrderBy(e => e.Date).Select(e => new ElectionView(e.Id, e.Name, Date(e.Date)!, Date(e.RegistrationDeadline), Date(e.MailBallotRequestDeadline)))],
            [.. facts.Notices.Where(n => n.IsActiveAt(now)).Select(n => Notice(n, settings.TimeZone))],
            Unanswered(facts));
    }

    /// <summary>Grouped as the office's report groups them, on the clock's day (questions carry no time of day).</summary>
    private UnansweredView Unanswered(ElectionFacts facts)
    {
        var questions = bot.Questions?.Recent ?? [];
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(bot.Clock.GetUtcNow(), bot.Settings.TimeZone).DateTime);
        var groups = Report.UnansweredReport.Rows(questions, facts, today).Take(MaxGroups).Select(row => new UnansweredGroupView(
            row.Group.Count,
            row.Group.Locale.ToTag(),
            row.Group.Example,
            [.. row.Group.Wordings.Take(3)],
            row.Channels,
            row.Closest?.Entry.Id,
            row.Closest?.Entry.Question,
            row.Closest is { } hit ? Math.Round(hit.Score, 2) : null));
        var file = bot.Questions?.FilePath;
        var note = bot.Questions is null
            ? "Unanswered questions are not recorded by this server."
            : questions.Count == 0
                ? "No unanswered questions since the server started."
                : $"{LocalQuestions.InWords(questions.Count)} since the server started, redacted" +
                  (file is null ? "; kept in memory only (serve --unanswered FILE keeps them)." : $"; also in {Path.GetFileName(file)}.");
        return new UnansweredView(note, questions.Count, [.. groups]);
    }

    private static NoticeView Notice(EmergencyNotice notice, TimeZoneInfo zone) => new(
        notice.Id,
        notice.TextEnglish,
        notice.TextSpanish,
        notice.Uri,
        notice.IsEverywhere
            ? "everywhere"
            : string.Join(", ", Ids(notice.PrecinctIds).Select(p => "precinct " + p).Concat(Ids(notice.LocationIds).Select(l => "place " + l))),
        notice.ValidUntil is { } until ? LocalTimeText.Format(TimeZoneInfo.ConvertTime(until, zone)) : null);

    private static ImmutableArray<string> Ids(ImmutableArray<string> ids) => ids.IsDefault ? [] : ids;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
