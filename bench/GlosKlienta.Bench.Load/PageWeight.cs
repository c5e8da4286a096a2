using System.Globalization;
using System.IO.Compression;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace GlosKlienta.Bench.Load;

/// <summary>
/// A first visit to a page as a browser makes it, measured on the wire: the page with
/// <c>Accept-Encoding: br, gzip</c>, then every resource it links (stylesheets, scripts, images,
/// icons, and what the stylesheets import or point to with <c>url()</c>); <c>data:</c> URIs cost no
/// request. Without an icon link a browser asks for <c>/favicon.ico</c>, so that is counted too.
/// Bytes are what the server sent: status line, headers and body as transferred (compressed,
/// with chunk framing), read from a plain socket so nothing is hidden by an HTTP library.
/// </summary>
public static partial class PageWeight
{
    public sealed record Resource(string Path, int Status, string? ContentType, string? ContentEncoding, int HeaderBytes, int BodyBytes, int DecodedBytes)
    {
        public int Transferred => HeaderBytes + BodyBytes;
    }

    public sealed record Result(IReadOnlyList<Resource> Resources)
    {
        public int Requests => Resources.Count;
        public int TransferredBytes => Resources.Sum(r => r.Transferred);
        public int BodyBytes => Resources.Sum(r => r.BodyBytes);
        public int DecodedBytes => Resources.Sum(r => r.DecodedBytes);

        public void Print(TextWriter w)
        {
            var inv = CultureInfo.InvariantCulture;
            w.WriteLine("Page weight, first visit (Accept-Encoding: br, gzip), bytes as sent by the server:");
            w.WriteLine();
            Report.WriteTable(w,
                ["resource", "status", "type", "encoding", "headers B", "body B", "transferred B", "decoded B"],
                Resources.Select(r => new[]
                {
                    r.Path, r.Status.ToString(inv), r.ContentType ?? "-", r.ContentEncoding ?? "identity",
                    r.HeaderBytes.ToString(inv), r.BodyBytes.ToString(inv), r.Transferred.ToString(inv), r.DecodedBytes.ToString(inv),
                }).Append(["total", "", "", "", Resources.Sum(r => r.HeaderBytes).ToString(inv), BodyBytes.ToString(inv), TransferredBytes.ToString(inv), DecodedBytes.ToString(inv)])
                .ToList());
            w.WriteLine();
            w.WriteLine(string.Create(inv, $"requests: {Requests}; transferred: {TransferredBytes} B = {TransferredBytes / 1024.0:F1} KB (bodies alone {BodyBytes / 1024.0:F1} KB; uncompressed {DecodedBytes / 1024.0:F1} KB)"));
            w.WriteLine(string.Create(inv, $"PAGEWEIGHT requests={Requests} transferred={TransferredBytes} bodies={BodyBytes} decoded={DecodedBytes}"));
        }
    }

    [GeneratedRegex("""<(link|script|img|source|video|audio|iframe|embed|object|input)\b[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex("""\b(rel|href|src|srcset|poster|data)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();

    [GeneratedRegex("""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex CssReference();

    public static async Task<Result> MeasureAsync(Uri baseAddress, string pagePath)
    {
        await using var connection = new RawHttp(baseAddress);
        var pageUri = new Uri(baseAddress, pagePath);
        var resources = new List<Resource>();
        var (page, pageText) = await connection.GetAsync(pageUri.PathAndQuery, accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        resources.Add(page);

        var queue = new Queue<(Uri Uri, string Accept)>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { pageUri.PathAndQuery };
        var hasIcon = false;
        foreach (Match tag in Tag().Matches(pageText))
        {
            var name = tag.Groups[1].Value.ToLowerInvariant();
            var attrs = Attribute().Matches(tag.Value).ToDictionary(
                a => a.Groups[1].Value.ToLowerInvariant(),
                a => System.Net.WebUtility.HtmlDecode(a.Groups[2].Success ? a.Groups[2].Value : a.Groups[3].Success ? a.Groups[3].Value : a.Groups[4].Value),
                StringComparer.Ordinal);
            var urls = new List<string>();
            if (name == "link")
            {
                var rel = attrs.GetValueOrDefault("rel", "").ToLowerInvariant();
                if (rel.Contains("icon", StringComparison.Ordinal)) hasIcon = true;
                if (rel.Split(' ').Any(r => r is "stylesheet" or "icon" or "apple-touch-icon" or "preload" or "modulepreload" or "manifest"))
                    urls.Add(attrs.GetValueOrDefault("href", ""));
            }
            else if (name == "input")
            {
                if (attrs.TryGetValue("src", out var src)) urls.Add(src);
            }
            else
            {
                foreach (var key in new[] { "src", "poster", "data" })
                    if (attrs.TryGetValue(key, out var u)) urls.Add(u);
                if (attrs.TryGetValue("srcset", out var set))
                    urls.AddRange(set.Split(',').Select(s => s.Trim().Split(' ')[0]));
            }
            foreach (var u in urls) Enqueue(u, pageUri, name == "link" ? "text/css,*/*;q=0.1" : "*/*");
        }
        if (!hasIcon) Enqueue("/favicon.ico", pageUri, "image/avif,image/webp,image/png,image/svg+xml,image/*;q=0.8,*/*;q=0.5");

        while (queue.Count > 0)
        {
            var (uri, accept) = queue.Dequeue();
            var (resource, text) = await connection.GetAsync(uri.PathAndQuery, accept);
            resources.Add(resource);
            if (resource.ContentType?.StartsWith("text/css", StringComparison.OrdinalIgnoreCase) == true)
            {
                foreach (Match m in CssReference().Matches(text))
                {
                    var u = Enumerable.Range(1, 5).Select(i => m.Groups[i]).First(g => g.Success).Value;
                    Enqueue(u, uri, "*/*");
                }
            }
        }
        return new Result(resources);

        void Enqueue(string reference, Uri from, string accept)
        {
            if (string.IsNullOrWhiteSpace(reference) || reference.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || reference.StartsWith('#')) return;
            var uri = new Uri(from, reference);
            if (uri.Host != baseAddress.Host || uri.Port != baseAddress.Port)
            {
                Console.Error.WriteLine($"[page-weight] not fetched (another host): {uri}");
                return;
            }
            if (seen.Add(uri.PathAndQuery)) queue.Enqueue((uri, accept));
        }
    }

    /// <summary>HTTP/1.1 GET over one keep-alive connection, counting every byte the server sends.</summary>
    private sealed class RawHttp(Uri baseAddress) : IAsyncDisposable
    {
        private TcpClient? tcp;
        private Stream? stream;
        private readonly byte[] buffer = new byte[64 * 1024];
        private int start;
        private int end;
        private string? cookie;

        public async Task<(Resource Resource, string Text)> GetAsync(string path, string accept)
        {
            if (tcp is null)
            {
                tcp = new TcpClient();
                await tcp.ConnectAsync(baseAddress.Host, baseAddress.Port);
                stream = tcp.GetStream();
            }
            var request = new StringBuilder()
                .Append("GET ").Append(path).Append(" HTTP/1.1\r\n")
                .Append("Host: ").Append(baseAddress.Authority).Append("\r\n")
                .Append("User-Agent: Mozilla/5.0 (X11; Linux x86_64) GlosKlienta.Bench.Load\r\n")
                .Append("Accept: ").Append(accept).Append("\r\n")
                .Append("Accept-Language: pl-PL,pl;q=0.9\r\n")
                .Append("Accept-Encoding: br, gzip\r\n")
                .Append(cookie is null ? "" : "Cookie: " + cookie + "\r\n")
                .Append("Connection: keep-alive\r\n\r\n")
                .ToString();
            await stream!.WriteAsync(Encoding.ASCII.GetBytes(request));

            var headerLines = new List<string>();
            var headerBytes = 0;
            while (true)
            {
                var (line, bytes) = await ReadLineAsync();
                headerBytes += bytes;
                if (line.Length == 0) break;
                headerLines.Add(line);
            }
            var status = int.Parse(headerLines[0].Split(' ')[1], CultureInfo.InvariantCulture);
            var headers = headerLines.Skip(1).Select(l => l.Split(':', 2)).ToLookup(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
            foreach (var setCookie in headers["Set-Cookie"])
            {
                var pair = setCookie.Split(';')[0];
                cookie = cookie is null ? pair : cookie + "; " + pair;
            }

            var body = new MemoryStream();
            var bodyBytes = 0;
            if (headers["Transfer-Encoding"].Any(v => v.Contains("chunked", StringComparison.OrdinalIgnoreCase)))
            {
                while (true)
                {
                    var (sizeLine, n) = await ReadLineAsync();
                    bodyBytes += n;
                    var size = int.Parse(sizeLine.Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    if (size == 0)
                    {
                        while (true)
                        {
                            var (trailer, t) = await ReadLineAsync();
                            bodyBytes += t;
                            if (trailer.Length == 0) break;
                        }
                        break;
                    }
                    await ReadExactAsync(body, size);
                    bodyBytes += size;
                    var (_, crlf) = await ReadLineAsync();
                    bodyBytes += crlf;
                }
            }
            else if (headers["Content-Length"].FirstOrDefault() is { } lengthText)
            {
                var length = int.Parse(lengthText, CultureInfo.InvariantCulture);
                await ReadExactAsync(body, length);
                bodyBytes += length;
            }

            var encoding = headers["Content-Encoding"].FirstOrDefault();
            var decoded = Decode(body.ToArray(), encoding);
            var contentType = headers["Content-Type"].FirstOrDefault();
            var text = contentType is not null && (contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || contentType.Contains("xml", StringComparison.OrdinalIgnoreCase))
                ? Encoding.UTF8.GetString(decoded)
                : "";
            return (new Resource(path, status, contentType?.Split(';')[0], encoding, headerBytes, bodyBytes, decoded.Length), text);
        }

        private static byte[] Decode(byte[] body, string? encoding)
        {
            using var input = new MemoryStream(body);
            using Stream? decoder = encoding?.ToLowerInvariant() switch
            {
                "br" => new BrotliStream(input, CompressionMode.Decompress),
                "gzip" => new GZipStream(input, CompressionMode.Decompress),
                _ => null,
            };
            if (decoder is null) return body;
            using var output = new MemoryStream();
            decoder.CopyTo(output);
            return output.ToArray();
        }

        private async Task FillAsync()
        {
            if (start > 0 && start == end) start = end = 0;
            if (end == buffer.Length)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            var n = await stream!.ReadAsync(buffer.AsMemory(end));
            if (n == 0) throw new IOException("The server closed the connection.");
            end += n;
        }

        /// <summary>A line without its CRLF, and how many bytes it took on the wire.</summary>
        private async Task<(string Line, int Bytes)> ReadLineAsync()
        {
            while (true)
            {
                var at = Array.IndexOf(buffer, (byte)'\n', start, end - start);
                if (at >= 0)
                {
                    var bytes = at - start + 1;
                    var line = Encoding.Latin1.GetString(buffer, start, bytes).TrimEnd('\r', '\n');
                    start = at + 1;
                    return (line, bytes);
                }
                await FillAsync();
            }
        }

        private async Task ReadExactAsync(MemoryStream into, int count)
        {
            while (count > 0)
            {
                if (start == end) await FillAsync();
                var n = Math.Min(count, end - start);
                into.Write(buffer, start, n);
                start += n;
                count -= n;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (stream is not null) await stream.DisposeAsync();
            tcp?.Dispose();
        }
    }
}
