
namespace GlosKlienta.Web.Features.Register;

/// <summary>
/// Checks uploaded files where they wait (the form reader's temporary files): size, count, and type by content, with
/// the SHA-256 computed on the way. No file is copied into memory; each problem names the file and what to do.
/// </summary>
public static class FileUploads
{
    public static async Task<List<CheckedFile>> ReadAsync(IReadOnlyList<IFormFile> files, string field, FormErrors errors, IStringLocalizer text, CancellationToken cancellationToken)
    {
        var result = new List<CheckedFile>();
        var chosen = files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (chosen.Count > AttachmentCheck.MaxFiles)
        {
            errors.Add(field, text["Register.Error.TooManyFiles", AttachmentCheck.MaxFiles]);
            return result;
        }
        foreach (var f in chosen)
        {
            var name = AttachmentCheck.CleanName(f.FileName);
            if (f.Length > AttachmentCheck.MaxBytes)
            {
                errors.Add(field, text["Register.Error.FileTooLarge", name, AttachmentCheck.MaxBytes / (1024 * 1024)]);
                continue;
            }
            string? mediaType;
            AttachmentProblem? problem;
            string sha256;
            await using (var content = f.OpenReadStream())
            {
                (mediaType, problem) = AttachmentCheck.Inspect(name, content);
                content.Position = 0;
                sha256 = Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(content, cancellationToken));
            }
            switch (problem)
            {
                case null:
                    result.Add(new CheckedFile(name, mediaType!, f.Length, sha256, f.OpenReadStream));
                    break;
                case AttachmentProblem.Empty:
                    errors.Add(field, text["Register.Error.FileEmpty", name]);
                    break;
                case AttachmentProblem.TooLarge:
                    errors.Add(field, text["Register.Error.FileTooLarge", name, AttachmentCheck.MaxBytes / (1024 * 1024)]);
                    break;
                case AttachmentProblem.TypeNotAllowed:
                    errors.Add(field, text["Register.Error.FileType", name]);
                    break;
                default:
                    errors.Add(field, text["Register.Error.FileContent", name]);
                    break;
            }
        }
        return result;
    }
}
