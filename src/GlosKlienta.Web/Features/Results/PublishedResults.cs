using GlosKlienta.Domain.Analysis;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Features.Results;

/// <summary>The <c>PublicResults</c> configuration section.</summary>
public sealed class PublicResultsOptions
{
    /// <summary>The smallest group of answers whose figure the public page shows (<see cref="PublicResults.IsPublishable"/>).</summary>
    public int MinimumGroup { get; set; } = PublicResults.DefaultMinimumGroup;
}

/// <summary>What the office does about a threatened area, as citizens see it: no names, no dates, no owner.</summary>
public sealed record PublicAction(string AreaTitle, string What, string Status);

/// <summary>One approved protocol on the public page: its publishable figures, when it was approved, and its actions.</summary>
public sealed record PublishedSection(PublishedPeriod Figures, DateTimeOffset ApprovedAt, IReadOnlyList<PublicAction> Actions)
{
    /// <summary>The section's fragment on <c>/wyniki</c>, which the feed links to.</summary>
    public string Anchor => "wyniki-" + Figures.Period;
}

/// <summary>
/// Reads what <c>/wyniki</c>, its feed and its CSV publish: approved protocols only (a draft has no row in
/// <c>F2Protocols</c>), from their frozen figures, through the rules of <see cref="PublicResults"/>.
/// </summary>
public sealed class PublishedResults(AppDbContext db, IOptions<PublicResultsOptions> options, IStringLocalizer<SharedResource> text)
{
    public int MinimumGroup => options.Value.MinimumGroup;

    /// <summary>Every approved protocol, newest period first (a year's analysis after the half-year that ends with it).</summary>
    public async Task<IReadOnlyList<PublishedSection>> SectionsAsync(CancellationToken cancellationToken)
    {
        // The frozen figures only: the files' bytes stay in the database.
        var rows = await db.F2Protocols.AsNoTracking().Select(p => new { p.Period, p.ApprovedAt, p.FiguresJson }).ToListAsync(cancellationToken);
        var actions = await ActionsAsync(rows.Select(r => r.Period).ToList(), cancellationToken);
        return rows
            .Select(r => new PublishedSection(PublicResults.From(F2Figures.FromJson(r.FiguresJson), MinimumGroup), r.ApprovedAt, actions[r.Period].ToList()))
            .OrderByDescending(s => s.Figures.To).ThenByDescending(s => s.Figures.From).ThenByDescending(s => s.ApprovedAt)
            .ToList();
    }

    /// <summary>
    /// The actions answering the threatened areas of these periods. The one place the public page reads
    /// actions: those of the action register that answer a threatened area of a protocol. Only the area, what is
    /// done and its status leave it: never who owns it, who wrote it down or why it was cancelled.
    /// </summary>
    public async Task<ILookup<string, PublicAction>> ActionsAsync(IReadOnlyCollection<string> periods, CancellationToken cancellationToken)
    {
        var rows = await db.QualityActions.AsNoTracking()
            .Where(a => a.Source == GlosKlienta.Domain.Actions.ActionSource.ThreatenedArea && a.Period != null && periods.Contains(a.Period))
            .OrderBy(a => a.Id)
            .Select(a => new { a.Period, a.AreaTitle, a.What, a.Status })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(a => a.Period!, a => new PublicAction(a.AreaTitle ?? "", a.What, StatusLabel(a.Status)));
    }

    private string StatusLabel(GlosKlienta.Domain.Actions.ActionStatus status) => text["Results.ActionStatus." + status.ToString()];
}

public static class ResultsServices
{
    public static IServiceCollection AddResults(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublicResultsOptions>().Bind(configuration.GetSection("PublicResults"))
            .Validate(o => o.MinimumGroup >= 1, "PublicResults:MinimumGroup must be at least 1.")
            .ValidateOnStart();
        services.AddScoped<PublishedResults>();
        return services;
    }
}
