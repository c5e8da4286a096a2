using System.Diagnostics;
using System.Net;
using System.Text;

namespace GlosKlienta.Bench.Load;

/// <summary>What one virtual user saw in a phase.</summary>
public sealed class UserStats
{
    /// <summary>POST durations in <see cref="Stopwatch"/> ticks, for every POST answered 303.</summary>
    public List<long> PostTicks { get; } = new(capacity: 1 << 14);
    /// <summary>Responses acknowledged (POST answered 303 See Other): each of them must be stored.</summary>
    public int Acknowledged { get; set; }
    /// <summary>Acknowledged and the thank-you page shown.</summary>
    public int Completed { get; set; }
    public Dictionary<string, int> Errors { get; } = new(StringComparer.Ordinal);

    public void Error(string kind) => Errors[kind] = Errors.GetValueOrDefault(kind) + 1;
}

/// <summary>
/// One person answering the survey again and again, in a browser of their own: own cookies (the
/// antiforgery cookie), own keep-alive connection, no automatic redirects so that the POST is timed alone.
/// </summary>
public sealed class VirtualUser : IDisposable
{
    public const string ThankYouText = "Dziękujemy za wypełnienie ankiety";
    private static readonly string ThankYouEncoded = System.Text.Encodings.Web.HtmlEncoder.Default.Encode(ThankYouText);

    private readonly HttpClient client;
    private readonly Uri pageUri;
    private readonly SurveyForm form;
    private readonly Random random;
    private readonly StringBuilder body = new(4096);

    public VirtualUser(Uri baseAddress, string pagePath, SurveyForm form, bool compression, int seed)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            UseProxy = false,
            AutomaticDecompression = compression ? DecompressionMethods.Brotli | DecompressionMethods.GZip : DecompressionMethods.None,
            MaxConnectionsPerServer = 1,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        pageUri = new Uri(baseAddress, pagePath);
        this.form = form;
        random = new Random(seed);
    }

    /// <summary>Answers the survey until <paramref name="deadline"/> (a <see cref="Stopwatch"/> timestamp); an iteration started before it is finished.</summary>
    public async Task RunAsync(long deadline, UserStats stats)
    {
        while (Stopwatch.GetTimestamp() < deadline)
        {
            try
            {
                if (!await OnceAsync(stats)) await Task.Delay(10);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                stats.Error(e.GetType().Name);
                await Task.Delay(10);
            }
        }
    }

    private async Task<bool> OnceAsync(UserStats stats)
    {
        // 1. The form, with a fresh submission key and antiforgery token (the cookie is kept by the container).
        string page;
        using (var get = await client.GetAsync(pageUri))
        {
            if (get.StatusCode != HttpStatusCode.OK)
            {
                stats.Error($"GET form {(int)get.StatusCode}");
                return false;
            }
            page = await get.Content.ReadAsStringAsync();
        }
        var version = Html.HiddenValue(page, "wersja");
        var key = Html.HiddenValue(page, "klucz");
        var token = Html.HiddenValue(page, "__RequestVerificationToken");
        if (version is null || key is null || token is null)
        {
            stats.Error("form without hidden fields");
            return false;
        }

        // 2. A full random valid response, in document order as a browser sends it.
        body.Clear();
        SurveyForm.Append(body, "wersja", version);
        SurveyForm.Append(body, "klucz", key);
        SurveyForm.Append(body, "adres_strony", "");
        form.AppendRandomAnswers(body, random);
        SurveyForm.Append(body, "__RequestVerificationToken", token);
        using var content = new StringContent(body.ToString(), Encoding.UTF8, "application/x-www-form-urlencoded");
        content.Headers.ContentType!.CharSet = null;

        var started = Stopwatch.GetTimestamp();
        Uri? location;
        using (var post = await client.PostAsync(pageUri, content))
        {
            // Read to the end, as the time to the full answer is what a person waits for.
            await post.Content.LoadIntoBufferAsync();
            var elapsed = Stopwatch.GetTimestamp() - started;
            if (post.StatusCode != HttpStatusCode.SeeOther)
            {
                stats.Error($"POST {(int)post.StatusCode}");
                return false;
            }
            stats.PostTicks.Add(elapsed);
            stats.Acknowledged++;
            location = post.Headers.Location;
        }
        if (location is null)
        {
            stats.Error("303 without Location");
            return false;
        }

        // 3. The thank-you page.
        using var thanks = await client.GetAsync(location.IsAbsoluteUri ? location : new Uri(pageUri, location));
        var text = await thanks.Content.ReadAsStringAsync();
        if (thanks.StatusCode != HttpStatusCode.OK || !(text.Contains(ThankYouEncoded, StringComparison.Ordinal) || text.Contains(ThankYouText, StringComparison.Ordinal)))
        {
            stats.Error($"thank-you page {(int)thanks.StatusCode} without the thank-you text");
            return false;
        }
        stats.Completed++;
        return true;
    }

    public void Dispose() => client.Dispose();
}

public static class Html
{
    /// <summary>The value of the first input named <paramref name="name"/>: <c>name="x" ... value="..."</c>, by plain search.</summary>
    public static string? HiddenValue(string html, string name)
    {
        var at = html.IndexOf("name=\"" + name + "\"", StringComparison.Ordinal);
        if (at < 0) return null;
        var end = html.IndexOf('>', at);
        if (end < 0) return null;
        var v = html.IndexOf("value=\"", at, end - at, StringComparison.Ordinal);
        if (v < 0) return null;
        v += 7;
        var close = html.IndexOf('"', v, end - v);
        return close < 0 ? null : WebUtility.HtmlDecode(html[v..close]);
    }
}
