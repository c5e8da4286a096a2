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

    /// <summary>SHA-256 of the published text with its address and number, as for press releases.</summary>
    public static string Hash(string slug, int number, string title, string body) =>
        FrozenRelease.Sha256Hex(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { slug, number, title, body = SimpleMarkup.Normalize(body) })));

    /// <summary>Addresses are lower-case letters, digits and hyphens: what appears after /informacje/.</summary>
    public static bool IsValidSlug(string slug) =>
        slug.Length is > 0 and <= 80 && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') && !slug.StartsWith('-') && !slug.EndsWith('-');
}
