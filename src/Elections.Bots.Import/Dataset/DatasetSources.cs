namespace Elections.Bots.Import.Dataset;

/// <summary>
/// The files one dataset version is made of: a VIP 5.x feed (folder, .zip or .xml), the office's FAQ (.csv or
/// .xlsx; optional when only the feed is being checked) and optional notices.
/// </summary>
public sealed record DatasetSources(string Feed, string? Faq = null, string? Notices = null);
