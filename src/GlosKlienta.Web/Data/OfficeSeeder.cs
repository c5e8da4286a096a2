using System.Text.Json;
using GlosKlienta.Domain.Staff;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Directory;
using GlosKlienta.Web.Features.Paper;
using GlosKlienta.Web.Features.Reception;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Data;

/// <summary>
/// Fills a new database with an office: its name, buildings and box locations, organisational
/// units, office hours and the first approved survey version. The default is the Lesko office,
/// embedded as <c>Data/Seed/lesko.json</c>; another office points <c>Office:SeedFile</c> at its
/// own file of the same shape. Staff roles are ensured on every start.
/// </summary>
public sealed class OfficeSeeder(IConfiguration configuration, TimeProvider time, ILogger<OfficeSeeder> logger)
{
    public async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        await EnsureRolesAsync(db, cancellationToken);
        if (await db.Offices.OrderBy(o => o.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            await FillBodyNamesAsync(db, existing, cancellationToken);
            return;
        }

        var seed = await LoadAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        db.Offices.Add(new Office
        {
            Name = seed.Office.Name,
            Locality = seed.Office.Locality,
            Website = seed.Office.Website,
            BipUrl = seed.Office.Bip,
            ExecutiveName = seed.Office.ExecutiveName,
            CouncilName = seed.Office.CouncilName,
            CouncilChairPost = seed.Office.CouncilChairPost,
            TimeZone = seed.Office.TimeZone,
        });
        var buildings = seed.Buildings.Select((b, i) => new Building
        {
            Code = b.Code,
            Name = b.Name,
            Address = b.Address,
            IsMain = b.IsMain,
            SortOrder = i + 1,
            Boxes = (b.Boxes ?? []).Select(x => new SurveyBox { Code = x.Code, Location = x.Location }).ToList(),
        }).ToList();
        db.Buildings.AddRange(buildings);
        foreach (var h in seed.OfficeHours)
        {
            var building = buildings.Single(b => b.Code == h.Building);
            building.Hours.Add(new OfficeHours { Day = h.Day, Opens = TimeOnly.Parse(h.Opens, System.Globalization.CultureInfo.InvariantCulture), Closes = TimeOnly.Parse(h.Closes, System.Globalization.CultureInfo.InvariantCulture) });
        }
        foreach (var r in seed.ReceptionHours ?? [])
        {
            db.ReceptionHours.Add(new ReceptionHours
            {
                OfficialRole = r.Official,
                OfficialName = r.Name,
                Day = r.Day,
                From = TimeOnly.Parse(r.From, System.Globalization.CultureInfo.InvariantCulture),
                To = TimeOnly.Parse(r.To, System.Globalization.CultureInfo.InvariantCulture),
                Building = r.Building is null ? null : buildings.Single(b => b.Code == r.Building),
                Place = r.Place,
                Notes = r.Notes,
            });
        }
        db.OrganisationalUnits.AddRange(seed.Units.Select((u, i) => new OrganisationalUnit { Code = u.Code, Name = u.Name, SortOrder = i + 1 }));

        var definition = seed.Survey.WithUnits(seed.Units);
        var problems = definition.Problems();
        if (problems.Count > 0) throw new InvalidOperationException("The seed survey is not valid: " + string.Join(" ", problems));
        db.SurveyVersions.Add(new SurveyVersion
        {
            Number = 1,
            Status = SurveyVersionStatus.Approved,
            Definition = definition.ToJson(),
            CreatedAt = time.GetUtcNow(),
            ApprovedBy = seed.Survey.ApprovedBy,
            ApprovedAt = new DateTimeOffset(seed.Survey.ApprovedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            LiveFrom = seed.Survey.LiveFrom,
        });

        await db.SaveChangesAsync(cancellationToken);
        if (seed.Directory is not null) await seed.Directory.ApplyAsync(db, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(seed.Office.TimeZone)).DateTime), time.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded the office {Office} with survey version 1", seed.Office.Name);
    }

    private static async Task EnsureRolesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Roles.Select(r => r.Name!).ToListAsync(cancellationToken);
        var missing = Roles.All.Except(existing).ToList();
        if (missing.Count == 0) return;
        db.Roles.AddRange(missing.Select(name => new IdentityRole(name) { NormalizedName = name.ToUpperInvariant() }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// An office seeded before the bodies' names were part of its data gets them from the seed of the same office; the
    /// names are never made up.
    /// </summary>
    private async Task FillBodyNamesAsync(AppDbContext db, Office office, CancellationToken cancellationToken)
    {
        if (office.ExecutiveName is not null && office.CouncilName is not null && office.CouncilChairPost is not null) return;
        var seed = await LoadAsync(cancellationToken);
        if (!string.Equals(seed.Office.Name, office.Name, StringComparison.Ordinal)) return;
        office.ExecutiveName ??= seed.Office.ExecutiveName;
        office.CouncilName ??= seed.Office.CouncilName;
        office.CouncilChairPost ??= seed.Office.CouncilChairPost;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<OfficeSeed> LoadAsync(CancellationToken cancellationToken)
    {
        var path = configuration["Office:SeedFile"];
        await using var stream = string.IsNullOrWhiteSpace(path)
            ? typeof(OfficeSeeder).Assembly.GetManifestResourceStream("GlosKlienta.Web.Data.Seed.lesko.json")
              ?? throw new InvalidOperationException("The embedded Lesko seed is missing.")
            : File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<OfficeSeed>(stream, SurveyDefinition.JsonOptions, cancellationToken)
            ?? throw new InvalidOperationException("The office seed file is empty.");
    }
}

public sealed record OfficeSeed(
    OfficeSeed.OfficePart Office,
    IReadOnlyList<OfficeSeed.BuildingPart> Buildings,
    IReadOnlyList<OfficeSeed.UnitPart> Units,
    IReadOnlyList<OfficeSeed.HoursPart> OfficeHours,
    OfficeSeed.SurveyPart Survey,
    IReadOnlyList<OfficeSeed.ReceptionPart>? ReceptionHours = null)
{
    /// <summary>Rooms, posts, employees and cash-desk hours (Features/Directory); optional.</summary>
    public GlosKlienta.Web.Features.Directory.DirectorySeed? Directory { get; init; }

    public sealed record OfficePart(string Name, string Locality, string? Website, string TimeZone,
        string? ExecutiveName = null, string? CouncilName = null, string? CouncilChairPost = null, string? Bip = null);
    public sealed record BuildingPart(string Code, string Name, string Address, IReadOnlyList<BoxPart>? Boxes, bool IsMain);
    public sealed record BoxPart(string Code, string Location);
    public sealed record UnitPart(string Code, string Name);
    public sealed record HoursPart(string Building, DayOfWeek Day, string Opens, string Closes);
    /// <summary>A weekly reception slot of the Burmistrz or the deputy (art. 253 KPA); <see cref="Official"/> is the role name.</summary>
    public sealed record ReceptionPart(string Official, DayOfWeek Day, string From, string To, string? Building = null, string? Name = null, string? Place = null, string? Notes = null);

    public sealed record SurveyPart(string? UnitsQuestion, string ApprovedBy, DateOnly ApprovedOn, DateOnly LiveFrom, SurveyDefinition Definition)
    {
        /// <summary>The question that asks for the organisational unit takes its options from the office's units.</summary>
        public SurveyDefinition WithUnits(IReadOnlyList<UnitPart> units) => UnitsQuestion is null
            ? Definition
            : Definition.WithOptions(UnitsQuestion, units.Select(u => new AnswerOption { Code = u.Code, Text = u.Name }).ToList()) with { UnitsQuestion = UnitsQuestion };
    }
}
