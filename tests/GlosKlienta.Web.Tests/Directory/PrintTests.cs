using GlosKlienta.Web.Tests.SurveyVersions;

namespace GlosKlienta.Web.Tests.Directory;

/// <summary>
/// Procedure row 2: every board and door sign has a keeper; once printed, a directory change that alters
/// its text (and only such a change) puts it on the out-of-date list and on its keeper's panel.
/// </summary>
public abstract class PrintTests(DatabaseKind kind) : VersionsAppTest(kind)
{
    private const string WastePost = "Stanowisko ds. gospodarki odpadami";

    private async Task<IReadOnlyList<PrintRow>> RowsAsync()
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PrintStatus>().RowsAsync(default);
    }

    [SkippableFact]
    public async Task ChangeOfAPostOnASign_MarksExactlyThatSignAndItsBoardA_AndTellsTheirKeeper()
    {
        var editor = await App.SignInAsync("kierownik@lesko.pl", Roles.KierownikReferatu);
        var keeper = await App.CreateUserAsync("opiekun@lesko.pl", Roles.Pracownik);
        var other = await App.CreateUserAsync("inny@lesko.pl", Roles.Pracownik);
        var room = await DirectorySteps.RoomIdAsync(App, "ratusz", "1");
        await DirectorySteps.SetKeepersAsync(editor, new Dictionary<string, string> { [$"drzwi/{room}"] = keeper.Id, ["a/ratusz"] = keeper.Id, ["a/parkowa"] = other.Id, ["b/ratusz"] = other.Id });
        await DirectorySteps.MarkAllPrintedAsync(editor);
        Assert.DoesNotContain(await RowsAsync(), r => r.OutOfDate || r.NeverPrinted);

        await DirectorySteps.EditPostAsync(App, editor, WastePost, f => f.Set("Name", "Stanowisko ds. gospodarki odpadami komunalnymi"));

        var outOfDate = (await RowsAsync()).Where(r => r.OutOfDate).Select(r => r.Item.Key).Order().ToList();
        Assert.Equal(["a/ratusz", $"drzwi/{room}"], outOfDate);
        var list = Texts.Of((await Html.ParseAsync(await editor.GetAsync("/personel/tablice"))).QuerySelector("ul.out-of-date"));
        Assert.Contains("Tablica A – pokoje: Ratusz (opiekun: Osoba opiekun)", list);
        Assert.Contains("Pokój 1 – Ratusz", list);

        var keeperClient = App.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostSignInAsync(keeperClient, "opiekun@lesko.pl", StaffAccounts.Password)).StatusCode);
        var panel = Texts.Of((await Html.ParseAsync(await keeperClient.GetAsync("/personel"))).QuerySelector("section[aria-labelledby=do-wydruku]"));
        Assert.Contains("Tablica A – pokoje: Ratusz", panel);
        Assert.Contains("Pokój 1 – Ratusz", panel);
        var otherClient = App.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostSignInAsync(otherClient, "inny@lesko.pl", StaffAccounts.Password)).StatusCode);
        Assert.Null((await Html.ParseAsync(await otherClient.GetAsync("/personel"))).QuerySelector("section[aria-labelledby=do-wydruku]"));

        // The keeper reprints: marking the new text as printed clears both.
        await DirectorySteps.MarkAllPrintedAsync(keeperClient);
        Assert.DoesNotContain(await RowsAsync(), r => r.OutOfDate);
        Assert.Null((await Html.ParseAsync(await keeperClient.GetAsync("/personel"))).QuerySelector("section[aria-labelledby=do-wydruku]"));
    }

    [SkippableFact]
    public async Task ChangeThatNoPrintShows_MarksNothingOutOfDate()
    {
        var editor = await App.SignInAsync("kierownik@lesko.pl", Roles.KierownikReferatu);
        await DirectorySteps.MarkAllPrintedAsync(editor);

        await DirectorySteps.EditPostAsync(App, editor, WastePost, f => f.Set("Tasks", "Deklaracje, harmonogram odbioru, reklamacje odbioru odpadów."));

        Assert.DoesNotContain(await RowsAsync(), r => r.OutOfDate);
        Assert.Contains("Wszystkie oznaczone wydruki są aktualne", Texts.Of((await Html.ParseAsync(await editor.GetAsync("/personel/tablice"))).QuerySelector("main")));
    }

    [SkippableFact]
    public async Task NewOfficeHours_MarkBoardsBAndCOfThatBuildingOnly()
    {
        var editor = await App.SignInAsync("kierownik@lesko.pl", Roles.KierownikReferatu);
        await DirectorySteps.MarkAllPrintedAsync(editor);

        var saved = await DirectorySteps.SubmitAsync(editor, "/personel/spis/godziny/ratusz", "main form[method=post]", f => f.Set("Office[Friday].Closes", "14:00"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal(["b/ratusz", "c/ratusz"], (await RowsAsync()).Where(r => r.OutOfDate).Select(r => r.Item.Key).Order().ToList());
        Assert.Contains("piątek 7:30–14:00", DirectorySteps.TextOf((await DirectorySteps.ItemsAsync(App)).Single(i => i.Key == "c/ratusz")).Replace(" | ", " ", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task MarkingAnOldText_IsRefused()
    {
        var editor = await App.SignInAsync("kierownik@lesko.pl", Roles.KierownikReferatu);
        var page = await Html.ParseAsync(await editor.GetAsync("/personel/tablice"));
        var form = page.QuerySelectorAll<IHtmlFormElement>("form[action*='handler=Printed']").First(f => f.QuerySelector<IHtmlInputElement>("input[name=klucz]")!.Value == "a/ratusz");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        await DirectorySteps.EditPostAsync(App, editor, WastePost, f => f.Set("Name", "Stanowisko ds. odpadów"));

        var response = await editor.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("zmieniła się", Texts.Of((await Html.ParseAsync(response)).QuerySelector(".error-summary")));
        Assert.True((await RowsAsync()).Single(r => r.Item.Key == "a/ratusz").NeverPrinted);
    }
}

public sealed class PrintSqliteTests() : PrintTests(DatabaseKind.Sqlite);

public sealed class PrintPostgresTests() : PrintTests(DatabaseKind.Postgres);
