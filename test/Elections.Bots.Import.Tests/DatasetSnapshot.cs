using System.Collections.Immutable;
using System.Text;
using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Dataset;

namespace Elections.Bots.Import.Tests;

/// <summary>Everything a dataset tells voters, as text, so two loads can be compared for equality (version aside).</summary>
internal static class DatasetSnapshot
{
    public static string Describe(LoadedDataset dataset)
    {
        var facts = dataset.Facts;
        var text = new StringBuilder();
        text.AppendLine($"{facts.JurisdictionName} {facts.StateCode} mail-only={facts.IsMailOnlyJurisdiction}");
        foreach (var e in facts.Elections)
        {
            text.AppendLine($"{e with { ElectionDayHours = [] }} hours={Hours(e.ElectionDayHours)}");
        }
        text.AppendLine($"{facts.Office with { Address = null }} {Lines(facts.Office.Address)}");
        text.AppendLine($"state office {facts.StateOffice?.Name} {facts.StateOffice?.Links}");
        foreach (var p in facts.Precincts.Values.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            text.AppendLine($"{p with { PollingLocationIds = [] }} places={string.Join(' ', p.PollingLocationIds)}");
        }
        foreach (var l in facts.Locations.Values.OrderBy(l => l.Id, StringComparer.Ordinal))
        {
            text.AppendLine($"{l with { Address = null!, Hours = [] }} {Lines(l.Address)} hours={Hours(l.Hours)}");
        }
        text.AppendLine("wide " + string.Join(' ', facts.JurisdictionWideLocationIds));
        foreach (var s in dataset.Segments) text.AppendLine(s.ToString());
        foreach (var f in facts.Faq) text.AppendLine($"{f with { Alternates = [] }} {string.Join('|', f.Alternates)}");
        foreach (var n in facts.Notices) text.AppendLine($"{n with { PrecinctIds = [], LocationIds = [] }}");
        return text.ToString();
    }

    private static string Hours(ImmutableArray<OpeningPeriod> hours) => string.Join("; ", hours);

    private static string Lines(PostalAddress? address) => address is null ? "-" : $"{string.Join(" / ", address.Lines)} {address.City} {address.State} {address.Zip}";
}
