namespace GlosKlienta.Web.Tests.Register;

public sealed class PublicRateLimitTests : IAsyncLifetime
{
    private readonly AppFactory factory = new(TestDatabase.CreateSqlite(), new Dictionary<string, string?> { ["Survey:SubmissionLimit:PermitLimit"] = "1" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task File_OverTheLimit_IsRefusedKeepingTheInput_AndStoresNothingMore()
    {
        var client = factory.CreateBrowserLikeClient();
        var fields = new Dictionary<string, string>
        {
            ["Kind"] = "Wniosek", ["SenderName"] = "Jan Nowak", ["SenderAddress"] = "ul. Długa 1, Lesko",
            ["Subject"] = "Godziny pracy", ["Text"] = "Proszę o dłuższe godziny w czwartki.",
        };
        async Task<HttpResponseMessage> FileAsync()
        {
            var page = await Html.ParseAsync(await client.GetAsync("/skargi-i-wnioski/zloz"));
            var content = new MultipartFormDataContent();
            foreach (var (k, v) in Html.HiddenFields(page).Concat(fields)) content.Add(new StringContent(v), k);
            return await client.PostAsync("/skargi-i-wnioski/zloz", content);
        }

        Assert.Equal(HttpStatusCode.SeeOther, (await FileAsync()).StatusCode);
        var second = await FileAsync();
        var page = await Html.ParseAsync(second);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        var retryAfter = second.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 600);
        var message = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("zbyt wiele pism", message);
        Assert.Contains($"za {(int)Math.Ceiling(retryAfter.Value.TotalMinutes)} min", message);
        Assert.Contains("sieci wspólnej", message);
        // The complaint form's own words, not the survey's.
        Assert.Equal("Pismo nie zostało jeszcze wysłane", page.QuerySelector(".error-summary h2")!.TextContent.Trim());
        Assert.Equal("Godziny pracy", Html.TextValue(page, "Subject"));
        Assert.Equal(1, await factory.WithDbAsync(db => Task.FromResult(db.RegisterCases.Count())));
    }
}
