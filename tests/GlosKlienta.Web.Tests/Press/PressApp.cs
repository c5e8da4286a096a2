using Microsoft.Extensions.Time.Testing;
using System.Net.Http.Headers;
using GlosKlienta.Web.Tests.SurveyVersions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GlosKlienta.Web.Tests.Press;

/// <summary>The application with a hand-moved clock, and the press steps done through the real forms.</summary>
public sealed class PressApp(TestDatabase database) : ClockedApp(database)
{
    public static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    public DateTime LocalNow => TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), Warsaw).DateTime;

    public Task<HttpClient> PressOfficerAsync(string email = "promocja@lesko.pl") => SignInAsync(email, Roles.Promocja);
    public Task<HttpClient> MayorAsync(string email = "burmistrz@lesko.pl") => SignInAsync(email, Roles.Burmistrz);

    /// <summary>Creates a draft through /personel/prasa/nowy; returns its id.</summary>
    public static async Task<int> CreateDraftAsync(HttpClient officer, string title, string body, string topics, DateTime publishLocal)
    {
        var page = await Page.OpenAsync(officer, "/personel/prasa/nowy");
        var response = await page.SubmitAsync("main form[method=post]", f => f
            .Set("Title", title).Set("Body", body).Set("Topics", topics)
            .Set("PublishDate", publishLocal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Set("PublishTime", publishLocal.ToString("HH:mm", CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[3].Split('?')[0], CultureInfo.InvariantCulture);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, int id, string handler, Action<FormFields>? change = null)
    {
        var page = await Page.OpenAsync(client, $"/personel/prasa/{id}");
        return await page.SubmitAsync($"form[action*='handler={handler}']", change);
    }

    /// <summary>Draft, submitted by the officer, approved by the mayor: the usual path to a published (or scheduled) release.</summary>
    public static async Task<int> PublishAsync(HttpClient officer, HttpClient mayor, string title, string body, string topics, DateTime publishLocal)
    {
        var id = await CreateDraftAsync(officer, title, body, topics, publishLocal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(officer, id, "Submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(mayor, id, "Approve")).StatusCode);
        return id;
    }

    /// <summary>Posts a file to the release's upload form (multipart, antiforgery token from the page).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient officer, int id, string fileName, byte[] content)
    {
        var page = await Page.OpenAsync(officer, $"/personel/prasa/{id}");
        var form = page.Document.QuerySelector<IHtmlFormElement>("form[action*='handler=Upload']");
        Assert.NotNull(form);
        var multipart = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]"))
            multipart.Add(new StringContent(hidden.Value), hidden.Name!);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        multipart.Add(file, "Upload", fileName);
        return await officer.PostAsync(form.GetAttribute("action"), multipart);
    }

}

/// <summary>A dual-database test with a <see cref="PressApp"/> per test.</summary>
public abstract class PressAppTest(DatabaseKind kind, bool empty = false) : HostedTest<PressApp>(kind, empty)
{
    protected override PressApp Start(TestDatabase database, IReadOnlyDictionary<string, string?>? settings) => new(database);
}
