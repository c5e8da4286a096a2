using System.Security.Claims;
using GlosKlienta.Domain.Press;

namespace GlosKlienta.Web.Features.Press;

/// <summary>Reads an uploaded file into a <see cref="PressFile"/> if its content is an accepted type within the size limit.</summary>
public static class PressFiles
{
    public static async Task<PressFile?> ReadAsync(IFormFile? upload, string field, FormErrors errors, IStringLocalizer text, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (upload is null || upload.Length == 0)
        {
            errors.Add(field, text["Press.Error.FileMissing"]);
            return null;
        }
        if (upload.Length > AttachmentRules.MaxBytes)
        {
            errors.Add(field, text["Press.Error.FileTooLarge", PressRules.Size(AttachmentRules.MaxBytes)]);
            return null;
        }
        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var type = AttachmentRules.Identify(upload.FileName, content);
        if (type is null)
        {
            errors.Add(field, text["Press.Error.FileType", AttachmentRules.AcceptedExtensions]);
            return null;
        }
        return new PressFile
        {
            FileName = AttachmentRules.SafeName(upload.FileName, type),
            ContentType = type.MediaType,
            Length = content.Length,
            Sha256 = FrozenRelease.Sha256Hex(content),
            Content = content,
            UploadedBy = user.Identity?.Name ?? "",
        };
    }
}
