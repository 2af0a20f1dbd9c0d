using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Vip;

namespace Elections.Bots.Import.Dataset;

/// <summary>What an import found, and the dataset when nothing blocks it (null as soon as there is one error).</summary>
public sealed record ImportResult(ValidationReport Report, LoadedDataset? Dataset, FeedFormatInfo? Format);
