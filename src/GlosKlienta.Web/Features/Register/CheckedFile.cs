
namespace GlosKlienta.Web.Features.Register;

/// <summary>An uploaded file that passed <see cref="AttachmentCheck"/>.</summary>
public sealed record CheckedFile(string FileName, string MediaType, byte[] Bytes);
