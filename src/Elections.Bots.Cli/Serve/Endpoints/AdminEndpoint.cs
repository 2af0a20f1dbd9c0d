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
/// GET <c>/api/admin</c>: the dataset the bot answers from right now, the notices voters are hearing, and the
/// server's clock.
/// </summary>
internal sealed class AdminEndpoint(BotSession bot)
{
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
            UnansweredReport.NotRecorded);
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
