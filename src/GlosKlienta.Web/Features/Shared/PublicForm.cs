using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GlosKlienta.Web.Features;

/// <summary>
/// Marks a public page whose posted form <see cref="PublicForm"/> reads instead of ASP.NET's form reader. That reader
/// answers a field over its length, too many fields or a body over the limit with a bare 400 and keeps nothing, and it
/// reads every file to disk before the page can look at any limit. Here such a form reaches the page as what could be
/// kept plus the problems found, and the files are read only as far as <see cref="IUploadAdmission"/> allows.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PublicFormAttribute(long maxBodyBytes) : Attribute
{
    /// <summary>The most the whole request may weigh; what arrived before it is kept.</summary>
    public long MaxBodyBytes => maxBodyBytes;
    /// <summary>More fields than any form of the office has: the first ones are kept.</summary>
    public int MaxFields { get; init; } = 300;
    /// <summary>A field longer than this keeps its beginning (above the page's own limits, so its check names them).</summary>
    public int MaxValueChars { get; init; } = 40_000;
    /// <summary>The most one file may weigh; the rest of a longer one is not kept.</summary>
    public long MaxFileBytes { get; init; } = long.MaxValue;
}

/// <summary>What was wrong with a posted form as it arrived.</summary>
public enum PublicFormProblem
{
    /// <summary>A NUL or another control or direction-override character: taken out of the text.</summary>
    ControlCharacter,
    /// <summary>A field longer than <see cref="PublicFormAttribute.MaxValueChars"/>: its beginning is kept.</summary>
    ValueTooLong,
    /// <summary>More fields than <see cref="PublicFormAttribute.MaxFields"/>: the first ones are kept.</summary>
    TooManyFields,
    /// <summary>The body was larger than <see cref="PublicFormAttribute.MaxBodyBytes"/> or broke off: what arrived is kept.</summary>
    TooLarge,
}

/// <summary>Why the files of a request were not read.</summary>
public enum UploadRefusalKind
{
    /// <summary>The client is over the submission limit: nothing it sends now is stored.</summary>
    SubmissionLimit,
    /// <summary>The client's attachment bytes for the day.</summary>
    ClientQuota,
    /// <summary>Everybody's attachment bytes for the day.</summary>
    GlobalQuota,
}

/// <summary>How many file bytes a request may bring, asked before its first file is read.</summary>
public readonly record struct UploadAllowance(long Bytes, UploadRefusalKind Reason, TimeSpan RetryAfter);

/// <summary>The page's rule for files: looked at once per request, when the first file arrives.</summary>
public interface IUploadAdmission
{
    Task<UploadAllowance> AllowanceAsync(HttpContext context, CancellationToken cancellationToken);
}

/// <summary>What <see cref="PublicForm"/> found, for the page (<see cref="PublicForm.Of"/>).</summary>
public sealed class PublicFormReading
{
    public HashSet<PublicFormProblem> Problems { get; } = [];
    /// <summary>Whether the person chose any file (whether or not it was read).</summary>
    public bool FileChosen { get; internal set; }
    /// <summary>Set when files were left unread: the page must not store the request as if it had none.</summary>
    public UploadRefusalKind? FilesRefused { get; internal set; }
    public TimeSpan RetryAfter { get; internal set; }
}

/// <summary>
/// The middleware of <see cref="PublicFormAttribute"/>: reads a posted form (URL-encoded or multipart) within the
/// page's limits, takes out control characters, and spools each file to a temporary file (deleted when the request
/// ends) as far as the page's <see cref="IUploadAdmission"/> allows; a refused request stops reading at its first file
/// (its text fields and token come before the file input). The result becomes the request's form, so model binding
/// and the antiforgery check read it and nothing reads the body again.
/// </summary>
public sealed class PublicForm(RequestDelegate next)
{
    private const int Buffer = 64 * 1024;

    public static PublicFormReading? Of(HttpContext context) => context.Features.Get<PublicFormReading>();

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<PublicFormAttribute>() is not { } limits
            || !context.Request.HasFormContentType)
        {
            await next(context);
            return;
        }
        // The server's own body limit would throw past this; ours keeps what arrived. One byte more tells a body that
        // ends exactly at the limit from one that goes on.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = limits.MaxBodyBytes + 1;
        var reading = new PublicFormReading();
        var fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var files = new FormFileCollection();
        var budget = new Budget(limits.MaxBodyBytes);
        var body = new BoundedStream(context.Request.Body, budget);
        var cancellationToken = context.RequestAborted;
        var count = 0;

        void Add(string name, string value)
        {
            if (++count > limits.MaxFields)
            {
                reading.Problems.Add(PublicFormProblem.TooManyFields);
                return;
            }
            if (value.Length > limits.MaxValueChars)
            {
                reading.Problems.Add(PublicFormProblem.ValueTooLong);
                value = value[..limits.MaxValueChars];
            }
            var clean = SafeText.Clean(value, keepLineBreaks: true);
            if (clean.Length != value.Length) reading.Problems.Add(PublicFormProblem.ControlCharacter);
            name = SafeText.Clean(name);
            if (!fields.TryGetValue(name, out var list)) fields[name] = list = [];
            list.Add(clean);
        }

        try
        {
            var type = MediaTypeHeaderValue.Parse(context.Request.ContentType);
            if (type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
                if (string.IsNullOrEmpty(boundary) || boundary.Length > 200) throw new InvalidDataException("No multipart boundary.");
                var reader = new MultipartReader(boundary, body) { BodyLengthLimit = null, HeadersLengthLimit = 16 * 1024 };
                UploadAllowance? allowance = null;
                long fileBytes = 0;
                while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
                {
                    if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
                    var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                    if (!disposition.IsFileDisposition())
                    {
                        Add(name, await ReadTextAsync(section.Body, limits, reading, cancellationToken));
                        continue;
                    }
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                    if (fileName.Length == 0) continue; // a file input left empty
                    reading.FileChosen = true;
                    if (context.RequestServices.GetService<IUploadAdmission>() is { } admission)
                        allowance ??= await admission.AllowanceAsync(context, cancellationToken);
                    if (allowance is { } a && fileBytes >= a.Bytes)
                    {
                        Refuse(reading, a);
                        break;
                    }
                    var (file, length) = await SpoolAsync(context, section, name, fileName, limits.MaxFileBytes, allowance is { } b ? b.Bytes - fileBytes : long.MaxValue, cancellationToken);
                    fileBytes += length;
                    if (allowance is { } c && fileBytes > c.Bytes)
                    {
                        Refuse(reading, c);
                        break;
                    }
                    files.Add(file);
                    if (++count > limits.MaxFields) reading.Problems.Add(PublicFormProblem.TooManyFields);
                }
            }
            else
            {
                using var form = new FormReader(body, Encoding.UTF8)
                {
                    ValueCountLimit = int.MaxValue,
                    KeyLengthLimit = int.MaxValue,
                    ValueLengthLimit = int.MaxValue,
                };
                while (await form.ReadNextPairAsync(cancellationToken) is { } pair) Add(pair.Key, pair.Value);
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or BadHttpRequestException or FormatException)
        {
            // A body that broke off, is malformed or ran past the server's limit: what arrived is kept.
            reading.Problems.Add(PublicFormProblem.TooLarge);
        }
        if (budget.Exceeded) reading.Problems.Add(PublicFormProblem.TooLarge);

        context.Features.Set<IFormFeature>(new FormFeature(
            new FormCollection(fields.ToDictionary(f => f.Key, f => new StringValues([.. f.Value]), StringComparer.Ordinal), files)));
        context.Features.Set(reading);
        await next(context);
    }

    private static void Refuse(PublicFormReading reading, UploadAllowance allowance)
    {
        reading.FilesRefused = allowance.Reason;
        reading.RetryAfter = allowance.RetryAfter;
    }

    private static async Task<string> ReadTextAsync(Stream section, PublicFormAttribute limits, PublicFormReading reading, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(section, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
        var kept = new StringBuilder();
        var chars = new char[4096];
        int n;
        // One character past the limit is kept, so the field's own check sees it was too long; the rest is read past.
        while ((n = await text.ReadAsync(chars, cancellationToken)) > 0)
            kept.Append(chars, 0, Math.Min(n, Math.Max(0, limits.MaxValueChars + 1 - kept.Length)));
        return kept.ToString();
    }

    /// <summary>
    /// Copies a file section into a temporary file deleted when the request ends, keeping at most
    /// <paramref name="maxBytes"/> + 1 bytes (enough for the page to say the file is too large) and stopping at once
    /// past <paramref name="room"/> (the caller refuses the request then). Returns the file and its full length as read.
    /// </summary>
    private static async Task<(FormFile File, long Length)> SpoolAsync(HttpContext context, MultipartSection section, string name, string fileName,
        long maxBytes, long room, CancellationToken cancellationToken)
    {
        var spool = new FileStream(Path.Combine(Path.GetTempPath(), "gk-upload-" + Guid.NewGuid().ToString("N")),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        context.Response.RegisterForDisposeAsync(spool);
        var buffer = new byte[Buffer];
        long length = 0;
        int n;
        while ((n = await section.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            var keep = (int)Math.Clamp(maxBytes + 1 - length, 0, n);
            if (keep > 0) await spool.WriteAsync(buffer.AsMemory(0, keep), cancellationToken);
            length += n;
            if (length > room) break;
        }
        await spool.FlushAsync(cancellationToken);
        var file = new FormFile(spool, 0, spool.Length, name, fileName)
        {
            Headers = new HeaderDictionary { [HeaderNames.ContentDisposition] = section.ContentDisposition, [HeaderNames.ContentType] = section.ContentType },
        };
        return (file, length);
    }

    /// <summary>How many bytes a <see cref="BoundedStream"/> may still read, and whether the body had more.</summary>
    private sealed class Budget(long limit)
    {
        public long Limit => limit;
        public long Read { get; set; }
        public bool Exceeded { get; set; }
    }

    /// <summary>Reads at most its budget of bytes, then reports the end (and that there was more). Does not own the inner stream.</summary>
    private sealed class BoundedStream(Stream inner, Budget budget) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => budget.Read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Read asynchronously.");
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (budget.Read >= budget.Limit)
            {
                if (!budget.Exceeded && await inner.ReadAsync(new byte[1], cancellationToken) > 0) budget.Exceeded = true;
                return 0;
            }
            var n = await inner.ReadAsync(buffer[..(int)Math.Min(buffer.Length, budget.Limit - budget.Read)], cancellationToken);
            budget.Read += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
