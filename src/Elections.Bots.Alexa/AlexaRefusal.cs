namespace Elections.Bots.Alexa;

/// <summary>Why a request was not answered. Messages describe the request's shape, never its content.</summary>
public sealed record AlexaRefusal(AlexaRefusalReason Reason, string Message)
{
    /// <summary>For the Lambda error document and the <c>Lambda-Runtime-Function-Error-Type</c> header.</summary>
    public string ErrorType => "Alexa." + Reason;
}
