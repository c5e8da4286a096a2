using System.Text;
using System.Text.Json;
using GlosKlienta.Domain.InfoMaterials;
using GlosKlienta.Domain.Press;

namespace GlosKlienta.Web.Features.InfoMaterials;

/// <summary>Limits, audit codes and the shared rules of information materials.</summary>
public static class InfoMaterialRules
{
    public const string EasyToRead = "tekst-latwy-do-czytania";
    public const string AccessibilityStatement = "deklaracja-dostepnosci";
    public const int TitleMax = 200;
    public const int BodyMax = 100_000;
    public const int NoteMax = 1000;

    public const string SubjectType = "InfoMaterial";
    public const string Created = "info-material.created";
    public const string Published = "info-material.published";
    public const string Reviewed = "info-material.reviewed";
    public const string SettingsChanged = "info-material.settings-changed";

    public static string PublicPath(string slug) => "/informacje/" + slug;


    public static DateOnly NextReview(InfoMaterial m, DateOnly reviewed) =>
        m.ReviewBy31March ? ReviewSchedule.NextReviewBy31March(reviewed, m.ReviewIntervalMonths) : ReviewSchedule.NextReview(reviewed, m.ReviewIntervalMonths);

    /// <summary>The languages a material may be translated into beside Polish (the public pages' other languages).</summary>
    public static readonly IReadOnlyList<string> Translated = ["uk", "en"];

    /// <summary>SHA-256 of the published text with its address and number, as for press releases.</summary>
    public static string Hash(string slug, int number, string title, string body) =>
        FrozenRelease.Sha256Hex(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { slug, number, title, body = SimpleMarkup.Normalize(body) })));

    /// <summary>
    /// The hash of a version with its translations: the same as <see cref="Hash(string, int, string, string)"/> when it has
    /// none (older versions keep their hashes), else the translations are sealed with the Polish text.
    /// </summary>
    public static string Hash(string slug, int number, string title, string body, IReadOnlyDictionary<string, InfoMaterialText> translations)
    {
        ArgumentNullException.ThrowIfNull(translations);
        if (translations.Count == 0) return Hash(slug, number, title, body);
        var translated = translations.OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new { language = t.Key, title = t.Value.Title, body = SimpleMarkup.Normalize(t.Value.Body) }).ToList();
        return FrozenRelease.Sha256Hex(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { slug, number, title, body = SimpleMarkup.Normalize(body), translated })));
    }

    /// <summary>Addresses are lower-case letters, digits and hyphens: what appears after /informacje/.</summary>
    public static bool IsValidSlug(string slug) =>
        slug.Length is > 0 and <= 80 && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') && !slug.StartsWith('-') && !slug.EndsWith('-');
}
