using GlosKlienta.Web.Tests.SurveyVersions;

namespace GlosKlienta.Web.Tests.Directory;

/// <summary>Steps of the directory done through its real forms, on the application of <see cref="VersionsApp"/> (a hand-moved clock).</summary>
public static class DirectorySteps
{
    /// <summary>Opens <paramref name="url"/>, takes the form as a browser would send it (selects included), changes it and posts it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, string formSelector, Action<FormFields>? change = null)
    {
        var page = await Page.OpenAsync(client, url);
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector);
        Assert.True(form is not null, $"No form '{formSelector}' on {url}");
        var fields = FormFields.Of(form);
        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select"))
        {
            var chosen = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
            if (!string.IsNullOrEmpty(select.Name) && chosen is not null) fields.Values.Add(new(select.Name!, chosen.Value));
        }
        change?.Invoke(fields);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields.Values));
    }

    public static Task<int> PostIdAsync(VersionsApp app, string name) =>
        app.WithDbAsync(db => db.Posts.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    public static Task<int> RoomIdAsync(VersionsApp app, string building, string number) =>
        app.WithDbAsync(db => db.Rooms.Where(r => r.Building!.Code == building && r.Number == number).Select(r => r.Id).SingleAsync());

    /// <summary>Changes a post through its edit form and expects the save to go through.</summary>
    public static async Task EditPostAsync(VersionsApp app, HttpClient editor, string name, Action<FormFields> change)
    {
        var id = await PostIdAsync(app, name);
        var response = await SubmitAsync(editor, $"/personel/spis/stanowisko/{id}", "main form[method=post]", change);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"saving the post answered {(int)response.StatusCode}");
    }

    /// <summary>Presses "Oznacz jako wydrukowane" on every row of the boards page.</summary>
    public static async Task MarkAllPrintedAsync(HttpClient client)
    {
        var page = await Html.ParseAsync(await client.GetAsync("/personel/tablice"));
        var forms = page.QuerySelectorAll<IHtmlFormElement>("form[action*='handler=Printed']").ToList();
        Assert.True(forms.Count > 10, $"only {forms.Count} items to print");
        foreach (var form in forms)
        {
            var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
            var response = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    public static async Task SetKeepersAsync(HttpClient editor, Dictionary<string, string> keeperByItem)
    {
        var page = await Html.ParseAsync(await editor.GetAsync("/personel/tablice/opiekunowie"));
        var fields = Html.HiddenFields(page, "main form[method=post]").ToList();
        foreach (var select in page.QuerySelectorAll<IHtmlSelectElement>("main select"))
        {
            var key = page.QuerySelector<IHtmlInputElement>($"input[name='{select.Name!.Replace(".KeeperId", ".Key", StringComparison.Ordinal)}']")!.Value;
            if (keeperByItem.TryGetValue(key, out var keeper)) fields.Add(new(select.Name!, keeper));
        }
        var response = await editor.PostAsync("/personel/tablice/opiekunowie", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The boards and signs the application would print now, with their texts.</summary>
    public static async Task<IReadOnlyList<PrintItem>> ItemsAsync(VersionsApp app)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var boards = scope.ServiceProvider.GetRequiredService<Boards>();
        var state = await scope.ServiceProvider.GetRequiredService<DirectoryStore>().CurrentAsync(default);
        return boards.All(state, await boards.ContextAsync(default));
    }

    public static string TextOf(PrintItem item) => Boards.TextOf(item.Document);

    public static async Task<string> PublicTextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Texts.Of((await Html.ParseAsync(response)).QuerySelector("main"));
    }

}
