namespace Elections.Bots.Lambda.Runtime;

/// <summary>The Runtime API could not be reached or answered something unusable; the loop retries, within a budget.</summary>
public sealed class RuntimeApiException : Exception
{
    public RuntimeApiException()
    {
    }

    public RuntimeApiException(string message) : base(message)
    {
    }

    public RuntimeApiException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
