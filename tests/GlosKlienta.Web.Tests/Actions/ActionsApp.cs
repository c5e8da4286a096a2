using GlosKlienta.Domain.Register;
using GlosKlienta.Web.Features.Register;

namespace GlosKlienta.Web.Tests.Actions;

/// <summary>
/// The application with a hand-moved clock and the steps the action register's tests share.
/// The clock starts at 23:30 UTC of the last full day, when Warsaw has already turned to the next day: a date taken in UTC anywhere would show.
/// </summary>
public sealed class ActionsApp(TestDatabase database, IReadOnlyDictionary<string, string?>? settings) : ClockedApp(database, settings, AfterWarsawMidnight)
{
    private static DateTimeOffset AfterWarsawMidnight => new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(-1).AddHours(23).AddMinutes(30);

    public const string List = "/personel/dzialania";

    public DateOnly Today => GlosKlienta.Tests.Shared.OfficeDate.Today(Clock);

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The first active post of the seeded directory, with its id as a form sends it.</summary>
    public Task<(string Id, string Name)> PostAsync(int skip = 0) => WithDbAsync(async db =>
    {
        var p = await db.Posts.Where(p => p.IsActive).OrderBy(p => p.Id).Skip(skip).Select(p => new { p.Id, p.Name }).FirstAsync();
        return (p.Id.ToString(CultureInfo.InvariantCulture), p.Name);
    });

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string formSelector, params (string, string)[] fields) =>
        StaffAccounts.PostFormAsync(client, page, formSelector, fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2)));

    /// <summary>The Pełnomocnik enters an action in the register's own form; returns its id.</summary>
    public async Task<int> CreateAsync(HttpClient representative, string kind = "Corrective", string source = "Suggestion", int? dueInDays = 30, string what = "Nowy wzór zawiadomienia o zwłoce")
    {
        var (post, _) = await PostAsync();
        var response = await PostAsync(representative, List, "main form[method=post]",
            ("Kind", kind), ("Source", source), ("Finding", "Zawiadomienia o zwłoce nie podają nowego terminu"), ("What", what),
            ("OwnerPostId", post), ("Auditor", kind == "Audit" ? "Anna Auditorka" : ""), ("Due", Iso(Today.AddDays(dueInDays ?? 30))));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    public Task<int> UnitAsync() => WithDbAsync(db => db.OrganisationalUnits.OrderBy(u => u.Id).Select(u => u.Id).FirstAsync());
}

public abstract class ActionsAppTest(DatabaseKind kind) : HostedTest<ActionsApp>(kind)
{
    protected override ActionsApp Start(TestDatabase database, IReadOnlyDictionary<string, string?>? settings) => new(database, settings);
}
