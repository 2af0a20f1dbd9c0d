using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Facts;

namespace Elections.Bots.Cli.Serve.Api;

/// <summary>Which facts answered, with the names staff recognise beside the ids.</summary>
internal sealed record TraceView(
    string Intent,
    string? FaqId,
    double? FaqScore,
    string? SuggestedFaqId,
    string? PrecinctId,
    string? PrecinctName,
    IReadOnlyList<LocationView> Locations,
    string? ElectionId,
    string? DatasetVersion,
    string? Detail)
{
    public static TraceView From(AnswerTrace trace, ElectionFacts? facts)
    {
        var precinct = trace.PrecinctId is { } id ? facts?.Precincts.GetValueOrDefault(id) : null;
        var locations = trace.LocationIds.Select(location => new LocationView(location, facts?.Locations.GetValueOrDefault(location)?.Name)).ToArray();
        return new TraceView(trace.Intent, trace.FaqId, trace.FaqScore, trace.SuggestedFaqId, trace.PrecinctId, precinct?.Name,
            locations, trace.ElectionId, trace.DatasetVersion, trace.Detail);
    }
}
