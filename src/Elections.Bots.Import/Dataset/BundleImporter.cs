using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Golden;
using Elections.Bots.Import.Packaging;

namespace Elections.Bots.Import.Dataset;

/// <summary>
/// Checks a dataset zip (<see cref="DatasetBundle"/>) the way <c>publish</c> checks its files: every finding in
/// the zip, the feed and the FAQ, then — when nothing blocks it — the golden questions the zip carries.
/// </summary>
public sealed class BundleImporter(TimeProvider time, ImportOptions options)
{
    /// <param name="workFolder">An empty folder for the office's files taken out of the zip; the caller deletes it.</param>
    public async Task<BundleImport> ImportAsync(string zipPath, string workFolder, CancellationToken cancellationToken)
    {
        var findings = new FindingCollector(maxPerKind: options.MaxFindingsPerKind);
        var bundle = DatasetBundle.Unpack(zipPath, workFolder, options.Limits, findings);
        if (bundle is null) return new BundleImport(new ImportResult(findings.ToReport(), null, null), null, []);

        var imported = new DatasetImporter(time, options).Import(bundle.Sources, findings);
        if (imported.Dataset is not { } dataset || bundle.GoldenQuestions is not { } golden) return new BundleImport(imported, null, []);

        var questionFindings = new FindingCollector(maxPerKind: options.MaxFindingsPerKind);
        var answers = await GoldenCheck.RunAsync(golden, dataset, options.TimeZone, time, questionFindings, cancellationToken).ConfigureAwait(false);
        return new BundleImport(imported, answers, questionFindings.ToReport().Findings);
    }
}
