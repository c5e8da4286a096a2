
namespace GlosKlienta.Web.Features.InfoMaterials;

/// <summary>A published text of a material; never changed or deleted (app and database refuse it).</summary>
public sealed class InfoMaterialVersion : IAppendOnly
{
    public int Id { get; set; }
    public int InfoMaterialId { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string? ChangeNote { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public string PublishedBy { get; set; } = "";
    public string? PublishedById { get; set; }
    public string ContentHash { get; set; } = "";

    /// <summary>The Ukrainian version of the text, published with the Polish one (both title and body, or neither).</summary>
    public string? TitleUk { get; set; }
    public string? BodyUk { get; set; }
    /// <summary>The English version of the text, published with the Polish one (both title and body, or neither).</summary>
    public string? TitleEn { get; set; }
    public string? BodyEn { get; set; }

    /// <summary>The text in <paramref name="language"/> ("pl", "uk", "en"), or null when the version has none in it.</summary>
    public InfoMaterialText? In(string language) => language switch
    {
        "pl" => new InfoMaterialText(Title, Body),
        "uk" when TitleUk is { Length: > 0 } t && BodyUk is { Length: > 0 } b => new InfoMaterialText(t, b),
        "en" when TitleEn is { Length: > 0 } t && BodyEn is { Length: > 0 } b => new InfoMaterialText(t, b),
        _ => null,
    };

    /// <summary>The translations this version has, by language code.</summary>
    public IReadOnlyDictionary<string, InfoMaterialText> Translations() =>
        InfoMaterialRules.Translated.Select(l => (l, Text: In(l))).Where(x => x.Text is not null).ToDictionary(x => x.l, x => x.Text!, StringComparer.Ordinal);
}

/// <summary>A material's title and body in one language.</summary>
public sealed record InfoMaterialText(string Title, string Body);

public sealed class InfoMaterialVersionConfiguration : IEntityTypeConfiguration<InfoMaterialVersion>
{
    public void Configure(EntityTypeBuilder<InfoMaterialVersion> builder)
    {
        builder.HasIndex(x => new { x.InfoMaterialId, x.Number }).IsUnique();
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Body).HasMaxLength(100_000);
        builder.Property(x => x.ChangeNote).HasMaxLength(1000);
        builder.Property(x => x.PublishedBy).HasMaxLength(200);
        builder.Property(x => x.PublishedById).HasMaxLength(450);
        builder.Property(x => x.ContentHash).HasMaxLength(64);
        builder.Property(x => x.TitleUk).HasMaxLength(200);
        builder.Property(x => x.BodyUk).HasMaxLength(100_000);
        builder.Property(x => x.TitleEn).HasMaxLength(200);
        builder.Property(x => x.BodyEn).HasMaxLength(100_000);
    }
}
