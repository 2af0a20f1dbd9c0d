namespace Elections.Bots.Core.Ports;

/// <summary>The store could not be read and has nothing cached to answer from.</summary>
public sealed class FactStoreUnavailableException : Exception
{
    public FactStoreUnavailableException()
    {
    }

    public FactStoreUnavailableException(string message) : base(message)
    {
    }

    public FactStoreUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
