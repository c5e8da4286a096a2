using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GlosKlienta.Domain.Press;

/// <summary>
/// The content of a published version of a press release, as the document-control record of
/// procedure P/4/1 keeps it. <see cref="Hash"/> is the SHA-256 of one canonical text of every field
/// (attachments by their own hashes), so anyone can recompute it from the stored record and see
/// that nothing was changed after publication.
/// </summary>
public sealed record FrozenRelease(
    Guid ReleaseKey,
    int Number,
    string Title,
    string Body,
    IReadOnlyList<string> Topics,
    DateTimeOffset PublishAt,
    string? CorrectionNote,
    IReadOnlyList<FrozenAttachment> Attachments)
{
    private static readonly JsonSerializerOptions Canonical = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>The canonical text: fixed field order, UTC time to the second, normalized line ends.</summary>
    public string CanonicalText() => JsonSerializer.Serialize(new
    {
        release = ReleaseKey.ToString("D"),
        number = Number,
        title = Title,
        body = SimpleMarkup.Normalize(Body),
        topics = Topics,
        publishAt = PublishAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        correction = CorrectionNote,
        attachments = Attachments.OrderBy(a => a.Id).Select(a => new { id = a.Id, name = a.FileName, length = a.Length, sha256 = a.Sha256 }),
    }, Canonical);

    public string Hash() => Sha256Hex(Encoding.UTF8.GetBytes(CanonicalText()));

    public static string Sha256Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
