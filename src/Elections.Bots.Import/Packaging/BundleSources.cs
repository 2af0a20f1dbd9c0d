using Elections.Bots.Import.Dataset;

namespace Elections.Bots.Import.Packaging;

/// <summary>What a dataset zip unpacked to: the importer's sources and the golden questions, when the office sent them.</summary>
public sealed record BundleSources(DatasetSources Sources, string? GoldenQuestions);
