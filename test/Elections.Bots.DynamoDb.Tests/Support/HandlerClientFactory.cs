using Amazon.Runtime;

namespace Elections.Bots.DynamoDb.Tests.Support;

/// <summary>Makes the SDK send through a <see cref="RecordingHandler"/>.</summary>
public sealed class HandlerClientFactory(HttpMessageHandler handler) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) =>
        new(handler, disposeHandler: false) { Timeout = clientConfig.Timeout ?? TimeSpan.FromSeconds(100) };

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;
}
