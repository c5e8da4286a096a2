
namespace GlosKlienta.Domain.Press;

/// <summary>An attachment as a frozen version records it: its name, size and the SHA-256 of its content.</summary>
public sealed record FrozenAttachment(int Id, string FileName, long Length, string Sha256);
