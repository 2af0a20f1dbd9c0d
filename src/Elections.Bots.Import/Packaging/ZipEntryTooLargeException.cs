namespace Elections.Bots.Import.Packaging;

/// <summary>A zip entry produced more bytes than a feed may have: reported as a zip bomb, not as damage.</summary>
public sealed class ZipEntryTooLargeException : IOException
{
    public ZipEntryTooLargeException()
    {
    }

    public ZipEntryTooLargeException(string message) : base(message)
    {
    }

    public ZipEntryTooLargeException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
