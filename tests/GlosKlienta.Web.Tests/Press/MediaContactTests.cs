using GlosKlienta.Web.Tests.SurveyVersions;

namespace GlosKlienta.Web.Tests.Press;

/// <summary>Procedure row 5: media contacts are personal data for the press staff only; erasing one keeps only the outlet on invitations.</summary>
public sealed class MediaContactTests : IAsyncLifetime
{
    private readonly PressApp app = new(TestDatabase.CreateEmptySqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData(Roles.Pracownik)]
    [InlineData(Roles.KierownikReferatu)]
    [InlineData(Roles.PelnomocnikSzj)]
    public async Task Contacts_AreRefusedToStaffOutsideThePress(string role)
    {
        var client = await app.SignInAsync(role.ToLowerInvariant() + "@lesko.pl", role);

        foreach (var url in new[] { "/personel/media", "/personel/konferencje", "/personel/prasa" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/konto/brak-dostepu", response.Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task Contact_IsAdded_Invited_AndErasedLeavingTheOutletOnly()
    {
        var officer = await app.PressOfficerAsync();
        var bad = await (await Page.OpenAsync(officer, "/personel/media")).SubmitAsync("form.contact-form", f => f
            .Set("Name", "Anna Kowalska").Set("Outlet", "Nowiny").Set("Email", "anna@").Set("Phone", ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var badPage = await Html.ParseAsync(bad);
        Assert.Equal("Anna Kowalska", Html.TextValue(badPage, "Name"));
        Assert.NotNull(badPage.QuerySelector("#Email-blad"));

        var added = await (await Page.OpenAsync(officer, "/personel/media")).SubmitAsync("form.contact-form", f => f
            .Set("Name", "Anna Kowalska").Set("Outlet", "Nowiny").Set("Email", "anna.kowalska@nowiny.example").Set("Phone", "+48 600 100 200"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var contactId = await app.WithDbAsync(db => db.MediaContacts.Select(c => c.Id).SingleAsync());
        Assert.Contains("anna.kowalska@nowiny.example", await officer.GetStringAsync("/personel/media"));

        // A conference with the contact invited.
        var created = await (await Page.OpenAsync(officer, "/personel/konferencje")).SubmitAsync("form.conference-form", f => f
            .Set("Topic", "Budżet gminy na 2027 rok").Set("Date", "2026-12-10").Set("Time", "11:00"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var conferenceId = await app.WithDbAsync(db => db.PressConferences.Select(c => c.Id).SingleAsync());
        var saved = await (await Page.OpenAsync(officer, $"/personel/konferencje/{conferenceId}")).SubmitAsync("form[action*='handler=Save']", f => f.Check("Invited", contactId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(contactId, await app.WithDbAsync(db => db.PressConferenceInvitations.Select(i => i.MediaContactId).SingleAsync()));

        var erased = await (await Page.OpenAsync(officer, $"/personel/media/{contactId}")).SubmitAsync("form[action*='handler=Erase']");
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.MediaContacts.CountAsync()));
        var invitation = await app.WithDbAsync(db => db.PressConferenceInvitations.AsNoTracking().SingleAsync());
        Assert.Null(invitation.MediaContactId);
        Assert.Equal("Nowiny", invitation.Outlet);
        // The audit log names the record, not the person.
        var details = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.SubjectType == "MediaContact").Select(e => e.Details ?? "").ToListAsync());
        Assert.Equal(2, details.Count);
        Assert.DoesNotContain(details, d => d.Contains("Kowalska", StringComparison.Ordinal) || d.Contains("nowiny.example", StringComparison.Ordinal));
        Assert.DoesNotContain("Kowalska", await officer.GetStringAsync($"/personel/konferencje/{conferenceId}"));
    }

    [Fact]
    public async Task Mayor_SeesContactsAndConferences()
    {
        var mayor = await app.MayorAsync();

        Assert.Equal(HttpStatusCode.OK, (await mayor.GetAsync("/personel/media")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mayor.GetAsync("/personel/konferencje")).StatusCode);
    }
}
