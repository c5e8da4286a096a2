using Microsoft.Extensions.Caching.Memory;

namespace GlosKlienta.Web.Features.Office;

/// <summary>What public pages say about the office: name, buildings, survey boxes, hours. Read from the database, kept in memory for a minute.</summary>
public sealed record OfficeProfile(
    string Name,
    string Locality,
    string? Website,
    TimeZoneInfo TimeZone,
    IReadOnlyList<OfficeProfile.BuildingInfo> Buildings,
    IReadOnlyList<OfficeProfile.BoxInfo> SurveyBoxes)
{
    public sealed record BuildingInfo(string Name, string Address, bool IsMain, IReadOnlyList<HoursInfo> Hours);
    public sealed record HoursInfo(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);
    /// <summary>A box for paper forms, with the building it stands in.</summary>
    public sealed record BoxInfo(string Name, string Address, string BoxLocation);

    /// <summary>The executive body's proper name ("Burmistrz Miasta i Gminy Lesko"); null when the office's data lacks it.</summary>
    public string? ExecutiveName { get; init; }
    /// <summary>The council's proper name ("Rada Miejska w Lesku"); null when the office's data lacks it.</summary>
    public string? CouncilName { get; init; }
    /// <summary>The post that signs the council's replies ("Przewodniczący Rady Miejskiej w Lesku").</summary>
    public string? CouncilChairPost { get; init; }
    public string? BipUrl { get; init; }
    /// <summary>The public address (no trailing slash) printed under QR codes; null until it is set (then nothing with one is printed).</summary>
    public string? PublicUrl { get; init; }

    /// <summary>The office's calendar date now: responses and terms count in local days, not UTC ones.</summary>
    public DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZone).DateTime);

    /// <summary>A moment as the office's clock showed it (Europe/Warsaw for Lesko: CET or CEST as the day had it).</summary>
    public DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, TimeZone).DateTime;
}

public sealed class OfficeProfileProvider(IServiceScopeFactory scopes, IMemoryCache cache, IConfiguration configuration)
{
    private const string CacheKey = "office-profile";
    private int generation;

    public async Task<OfficeProfile> GetAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey, out OfficeProfile? cached) && cached is not null) return cached;
        // A load that began before an Invalidate must not cache what it read: it may predate the change.
        var generation = Volatile.Read(ref this.generation);
        await using var scope = scopes.CreateAsyncScope();
        var profile = await LoadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);
        // Set on the office (first-run setup, boards page); Office:PublicUrl in configuration stands in until then.
        if (profile.PublicUrl is null && GlosKlienta.Domain.Directory.PublicAddress.Check(configuration["Office:PublicUrl"]).Address is { } configured)
            profile = profile with { PublicUrl = configured };
        if (generation == Volatile.Read(ref this.generation)) cache.Set(CacheKey, profile, TimeSpan.FromMinutes(1));
        return profile;
    }

    /// <summary>The profile as the database holds it now (no cache): for seeding and for <see cref="GetAsync"/>.</summary>
    public static async Task<OfficeProfile> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var office = await db.Offices.AsNoTracking().OrderBy(o => o.Id).FirstAsync(cancellationToken);
        var buildings = await db.Buildings.AsNoTracking().Include(b => b.Hours).Include(b => b.Boxes).AsSplitQuery().OrderBy(b => b.SortOrder).ToListAsync(cancellationToken);
        var profile = new OfficeProfile(
            office.Name,
            office.Locality,
            office.Website,
            TimeZoneInfo.FindSystemTimeZoneById(office.TimeZone),
            buildings.Select(b => new OfficeProfile.BuildingInfo(
                b.Name, b.Address, b.IsMain,
                b.Hours.OrderBy(h => ((int)h.Day + 6) % 7).Select(h => new OfficeProfile.HoursInfo(h.Day, h.Opens, h.Closes)).ToList())).ToList(),
            buildings.SelectMany(b => b.Boxes.Where(x => x.IsActive).OrderBy(x => x.Id).Select(x => new OfficeProfile.BoxInfo(b.Name, b.Address, x.Location))).ToList())
        {
            ExecutiveName = office.ExecutiveName,
            CouncilName = office.CouncilName,
            CouncilChairPost = office.CouncilChairPost,
            BipUrl = office.BipUrl,
            PublicUrl = office.PublicUrl,
        };
        return profile;
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        cache.Remove(CacheKey);
    }
}
