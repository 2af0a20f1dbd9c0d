using System.Security.Cryptography;
using System.Text;

namespace Elections.Bots.Import.Packaging;

/// <summary>
/// The dataset version: a hash of every file's name and bytes as they are read, so the same files always load as
/// the same version (a re-publish of unchanged files is recognised) without reading anything twice.
/// </summary>
public sealed class ContentHash : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public Stream Wrap(string name, Stream content)
    {
        _hash.AppendData(Encoding.UTF8.GetBytes(name));
        return new HashingReadStream(content, _hash);
    }

    /// <summary>"local-" and 12 hex digits; "local" because it was built from files, not yet published.</summary>
    public string ToVersion() => "local-" + Convert.ToHexStringLower(_hash.GetHashAndReset())[..12];

    public void Dispose() => _hash.Dispose();
}
