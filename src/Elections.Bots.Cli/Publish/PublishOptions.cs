using Elections.Bots.Cli.Common;

namespace Elections.Bots.Cli.Publish;

/// <summary>Where to publish, and whether to only show what would be written.</summary>
internal sealed record PublishOptions(TableSettings Table, bool DryRun, bool CreateTable);
