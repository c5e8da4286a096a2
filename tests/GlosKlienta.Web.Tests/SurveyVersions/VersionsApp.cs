using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GlosKlienta.Web.Tests.SurveyVersions;

/// <summary>
/// The real application on its own database, with <see cref="TimeProvider"/> replaced by a
/// <see cref="FakeTimeProvider"/>, and the staff steps of procedure row 7 done through the real forms.
/// </summary>
public sealed class VersionsApp(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null) : ClockedApp(database, settings)
{
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw")).DateTime);

    public Task<SurveyVersion> VersionAsync(int id) => WithDbAsync(db => db.SurveyVersions.AsNoTracking().SingleAsync(v => v.Id == id));

    public Task<int> FirstVersionIdAsync() => WithDbAsync(db => db.SurveyVersions.Where(v => v.Number == 1).Select(v => v.Id).SingleAsync());

    /// <summary>Creates a draft from the live version through /personel/ankiety/nowa; returns its id.</summary>
    public static async Task<int> CreateDraftAsync(HttpClient designer, bool refreshUnits = false)
    {
        var page = await Page.OpenAsync(designer, "/personel/ankiety/nowa");
        var response = await page.SubmitAsync("main form[method=post]", f =>
        {
            if (refreshUnits) f.Set("RefreshUnits", "true");
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/personel/ankiety/[0-9]+/edycja$", location);
        return int.Parse(location.Split('/')[3]);
    }

    /// <summary>Opens the edit form, lets <paramref name="change"/> alter the fields a browser would send, and saves.</summary>
    public static async Task<HttpResponseMessage> EditAsync(HttpClient designer, int id, Action<FormFields> change)
    {
        var page = await Page.OpenAsync(designer, $"/personel/ankiety/{id}/edycja");
        return await page.SubmitAsync("form.edit-survey", change);
    }

    public static async Task<HttpResponseMessage> SubmitForApprovalAsync(HttpClient designer, int id)
    {
        var page = await Page.OpenAsync(designer, $"/personel/ankiety/{id}");
        return await page.SubmitAsync("form[action*='handler=Submit']");
    }

    public static async Task<HttpResponseMessage> ApproveAsync(HttpClient approver, int id, DateOnly liveFrom)
    {
        var page = await Page.OpenAsync(approver, $"/personel/ankiety/{id}");
        return await page.SubmitAsync("form[action*='handler=Approve']", f => f.Set("LiveFrom", liveFrom.ToString("yyyy-MM-dd")));
    }

    public static async Task<HttpResponseMessage> ReturnAsync(HttpClient approver, int id, string comment)
    {
        var page = await Page.OpenAsync(approver, $"/personel/ankiety/{id}");
        return await page.SubmitAsync("form[action*='handler=Return']", f => f.Set("Comment", comment));
    }

    /// <summary>A draft made from the live version, changed by <paramref name="change"/> and submitted: ready for the approver.</summary>
    public static async Task<int> DraftAwaitingApprovalAsync(HttpClient designer, Action<FormFields> change)
    {
        var id = await CreateDraftAsync(designer);
        var saved = await EditAsync(designer, id, change);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitForApprovalAsync(designer, id)).StatusCode);
        return id;
    }

    public static async Task<IHtmlDocument> PublicSurveyAsync(HttpClient client)
    {
        var response = await client.GetAsync("/ankieta");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

}

/// <summary>The fields a browser would send for a form: text inputs, text areas, checked boxes and radios, hidden fields.</summary>
public sealed class FormFields(List<KeyValuePair<string, string>> values)
{
    public List<KeyValuePair<string, string>> Values { get; } = values;

    public string? Get(string name) => Values.Where(v => v.Key == name).Select(v => v.Value).FirstOrDefault();

    /// <summary>Replaces every value of the field (or adds it).</summary>
    public FormFields Set(string name, string value)
    {
        Values.RemoveAll(v => v.Key == name);
        Values.Add(new(name, value));
        return this;
    }

    /// <summary>Ticks a checkbox: one more value of the field.</summary>
    public FormFields Check(string name, string value)
    {
        Values.Add(new(name, value));
        return this;
    }

    public static FormFields Of(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) break;
                    if (input.Type is "submit" or "button") break;
                    values.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name!, area.Value));
                    break;
            }
        }
        return new FormFields(values);
    }
}

/// <summary>A page fetched by a client, whose forms can be submitted as a browser would.</summary>
public sealed class Page(HttpClient client, string url, IHtmlDocument document)
{
    public IHtmlDocument Document { get; } = document;

    public static async Task<Page> OpenAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return new Page(client, url, await Html.ParseAsync(response));
    }

    public async Task<HttpResponseMessage> SubmitAsync(string formSelector, Action<FormFields>? change = null)
    {
        var form = Document.QuerySelector<IHtmlFormElement>(formSelector);
        Assert.True(form is not null, $"No form '{formSelector}' on {url}");
        var fields = FormFields.Of(form);
        change?.Invoke(fields);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields.Values));
    }
}

public static class Texts
{
    public static string Of(IElement? element) => element?.TextContent.Trim() ?? "";
}

/// <summary>A dual-database test with a <see cref="VersionsApp"/> (the application on a fake clock) per test.</summary>
public abstract class VersionsAppTest(DatabaseKind kind, bool empty = false) : HostedTest<VersionsApp>(kind, empty)
{
    protected override VersionsApp Start(TestDatabase database, IReadOnlyDictionary<string, string?>? settings) => new(database, settings);
}
