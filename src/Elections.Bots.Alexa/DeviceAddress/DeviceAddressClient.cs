using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using Elections.Bots.Alexa.Wire;

namespace Elections.Bots.Alexa.DeviceAddress;

/// <summary>
/// GET <c>{apiEndpoint}/v1/devices/{deviceId}/settings/address</c> with the request's bearer token, within a
/// short timeout. Every failure becomes a status: the caller asks the voter for the address instead.
/// </summary>
public sealed class DeviceAddressClient : IDeviceAddressClient
{
    /// <summary>A real address body is a few hundred bytes; anything far larger is not one.</summary>
    private const int MaxBodyBytes = 16 * 1024;

    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private static readonly SearchValues<char> TokenCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/=");

    private readonly HttpClient _http;
    private readonly DeviceAddressClientOptions _options;

    public DeviceAddressClient(HttpClient http, DeviceAddressClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
        _options = options ?? new DeviceAddressClientOptions();
        if (_options.Timeout <= TimeSpan.Zero || _options.Timeout > DeviceAddressClientOptions.MaxTimeout)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The device address timeout must be positive and at most 1.5 s.");
        }
    }

    public async ValueTask<DeviceAddressLookup> GetAddressAsync(DeviceAddressQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!TryBuildUri(query, out var uri) || !IsTokenText(query.ApiAccessToken)) return DeviceAddressLookup.Unavailable;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", query.ApiAccessToken);
            request.Headers.Accept.Add(Json);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
                .ConfigureAwait(false);
            return response.StatusCode switch
            {
                HttpStatusCode.OK => await ReadAddressAsync(response.Content, timeout.Token).ConfigureAwait(false),
                HttpStatusCode.NoContent => DeviceAddressLookup.NotSet,
                HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized => DeviceAddressLookup.PermissionDenied,
                _ => DeviceAddressLookup.Unavailable,
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeviceAddressLookup.Unavailable;
        }
        catch (HttpRequestException)
        {
            return DeviceAddressLookup.Unavailable;
        }
    }

    private static async ValueTask<DeviceAddressLookup> ReadAddressAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxBodyBytes) return DeviceAddressLookup.Unavailable;
        var buffer = ArrayPool<byte>.Shared.Rent(MaxBodyBytes + 1);
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var length = 0;
                int read;
                while (length <= MaxBodyBytes
                    && (read = await stream.ReadAsync(buffer.AsMemory(length, MaxBodyBytes + 1 - length), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                }
                if (length > MaxBodyBytes) return DeviceAddressLookup.Unavailable;
                if (length == 0) return DeviceAddressLookup.NotSet;
                var body = JsonSerializer.Deserialize(buffer.AsSpan(0, length), AlexaJson.Context.DeviceAddressBody);
                return DeviceAddressFormatter.Compose(body) is { } address
                    ? new DeviceAddressLookup(DeviceAddressStatus.Found, address)
                    : DeviceAddressLookup.NotSet;
            }
        }
        catch (JsonException)
        {
            return DeviceAddressLookup.Unavailable;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private bool TryBuildUri(DeviceAddressQuery query, out Uri uri)
    {
        uri = null!;
        if (string.IsNullOrWhiteSpace(query.DeviceId)
            || !Uri.TryCreate(query.ApiEndpoint, UriKind.Absolute, out var endpoint)
            || !string.IsNullOrEmpty(endpoint.UserInfo)
            || !IsTrusted(endpoint))
        {
            return false;
        }
        var path = "/v1/devices/" + Uri.EscapeDataString(query.DeviceId) + "/settings/address";
        return Uri.TryCreate(endpoint.GetLeftPart(UriPartial.Authority) + path, UriKind.Absolute, out uri!);
    }

    private bool IsTrusted(Uri endpoint)
    {
        if (endpoint.Scheme == Uri.UriSchemeHttps)
        {
            var host = endpoint.IdnHost;
            return host.Equals("amazonalexa.com", StringComparison.OrdinalIgnoreCase)
                || host.EndsWith(".amazonalexa.com", StringComparison.OrdinalIgnoreCase);
        }
        return _options.AllowLoopbackHttp && endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback;
    }

    /// <summary>A JWT is base64url text; anything else would be rejected by the header parser, or worse, split it.</summary>
    private static bool IsTokenText(string? token) =>
        !string.IsNullOrEmpty(token) && token.Length <= 8192
        && token.AsSpan().IndexOfAnyExcept(TokenCharacters) < 0;
}
