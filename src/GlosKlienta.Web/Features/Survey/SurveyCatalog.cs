using GlosKlienta.Domain.Survey;
using Microsoft.Extensions.Caching.Memory;

namespace GlosKlienta.Web.Features.Survey;

public sealed record PublishedSurvey(int VersionId, int Number, DateOnly LiveFrom, SurveyDefinition Definition)
{
    /// <summary>Polish, and each language the version is wholly translated into: what its approval covers.</summary>
    public IReadOnlyList<string> Languages { get; } = SurveyTranslations.CompleteLanguages(Definition);

    /// <summary>The version in <paramref name="language"/> when its approval covers it, else as approved in Polish.</summary>
    public PublishedSurvey In(string language) =>
        language != SurveyTranslations.Polish && Languages.Contains(language) ? this with { Definition = SurveyTranslations.In(Definition, language) } : this;
}

/// <summary>
/// The approved survey versions and which one is live today. Approved versions never change, so
/// their parsed definitions are kept in memory; the list is re-read every minute or when a
/// version is approved (<see cref="Invalidate"/>).
/// </summary>
public sealed class SurveyCatalog(IServiceScopeFactory scopes, IMemoryCache cache, OfficeProfileProvider office, TimeProvider time)
{
    private const string CacheKey = "survey-catalog";

    public async Task<PublishedSurvey?> GetLiveAsync(CancellationToken cancellationToken)
    {
        var today = (await office.GetAsync(cancellationToken)).Today(time);
        var approved = await GetApprovedAsync(cancellationToken);
        return LiveVersion.On(approved, today, v => v.LiveFrom, v => v.Number);
    }

    /// <summary>An approved version by id, whether live or earlier; null for drafts and unknown ids.</summary>
    public async Task<PublishedSurvey?> FindApprovedAsync(int versionId, CancellationToken cancellationToken)
    {
        var approved = await GetApprovedAsync(cancellationToken);
        return approved.FirstOrDefault(v => v.VersionId == versionId);
    }

    public void Invalidate() => cache.Remove(CacheKey);

    private async Task<IReadOnlyList<PublishedSurvey>> GetApprovedAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey, out IReadOnlyList<PublishedSurvey>? cached) && cached is not null) return cached;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.SurveyVersions.AsNoTracking()
            .Where(v => v.Status == SurveyVersionStatus.Approved && v.LiveFrom != null)
            .Select(v => new { v.Id, v.Number, v.LiveFrom, v.Definition })
            .ToListAsync(cancellationToken);
        var list = rows.Select(r => new PublishedSurvey(r.Id, r.Number, r.LiveFrom!.Value, SurveyDefinition.FromJson(r.Definition))).ToList();
        cache.Set(CacheKey, (IReadOnlyList<PublishedSurvey>)list, TimeSpan.FromMinutes(1));
        return list;
    }
}
