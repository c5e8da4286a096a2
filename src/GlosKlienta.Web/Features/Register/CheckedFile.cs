using System.Security.Cryptography;

namespace GlosKlienta.Web.Features.Register;

/// <summary>
/// An uploaded file that passed <see cref="AttachmentCheck"/>: its name, media type, size and SHA-256, and a way to read
/// it from where it waits (the upload's temporary file), so storing it streams it instead of holding it in memory.
/// </summary>
public sealed class CheckedFile(string fileName, string mediaType, long size, string sha256, Func<Stream> open)
{
    public CheckedFile(string fileName, string mediaType, byte[] bytes)
        : this(fileName, mediaType, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes)), () => new MemoryStream(bytes, writable: false))
    {
    }

    public string FileName => fileName;
    public string MediaType => mediaType;
    public long Size => size;
    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 => sha256;

    /// <summary>The content from its start; the caller disposes the stream.</summary>
    public Stream OpenRead() => open();

    /// <summary>The whole content in memory, for the small files kept in a column of their own row (scans, action evidence).</summary>
    public async Task<byte[]> ReadAllBytesAsync(CancellationToken cancellationToken)
    {
        await using var stream = OpenRead();
        using var copy = new MemoryStream(checked((int)size));
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }
}
