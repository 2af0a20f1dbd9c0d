namespace Elections.Bots.Import.Packaging;

public enum FeedFormat
{
    Csv,
    Xml,
}
