
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
}

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
    }
}
