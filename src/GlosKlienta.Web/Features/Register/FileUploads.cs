
namespace GlosKlienta.Web.Features.Register;

/// <summary>Reads uploaded files and checks them; each problem names the file and what to do.</summary>
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
            using var buffer = new MemoryStream((int)f.Length);
            await f.CopyToAsync(buffer, cancellationToken);
            var bytes = buffer.ToArray();
            var (mediaType, problem) = AttachmentCheck.Inspect(name, bytes);
            switch (problem)
            {
                case null:
                    result.Add(new CheckedFile(name, mediaType!, bytes));
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
