
namespace GlosKlienta.Web.Features.InfoMaterials;

/// <summary>
/// A text about how the office works, published on the website and in the BIP (procedure row 1):
/// the easy-to-read page, the accessibility statement and others. It has an owner who keeps it
/// current and a review date; every published text is an <see cref="InfoMaterialVersion"/>, kept.
/// </summary>
public sealed class InfoMaterial
{
    public int Id { get; set; }
    /// <summary>The last part of its public address: /informacje/{slug}.</summary>
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string? OwnerId { get; set; }
    public int ReviewIntervalMonths { get; set; }
    /// <summary>Due every year by 31 March at the latest (the accessibility statement).</summary>
    public bool ReviewBy31March { get; set; }
    public DateOnly LastReviewedOn { get; set; }
    public string? LastReviewedBy { get; set; }
    public DateOnly NextReviewOn { get; set; }
    public int CurrentVersion { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<InfoMaterialVersion> Versions { get; set; } = [];
}

public sealed class InfoMaterialConfiguration : IEntityTypeConfiguration<InfoMaterial>
{
    public void Configure(EntityTypeBuilder<InfoMaterial> builder)
    {
        builder.HasIndex(x => x.Slug).IsUnique();
        builder.Property(x => x.Slug).HasMaxLength(80);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.OwnerId).HasMaxLength(450);
        builder.Property(x => x.LastReviewedBy).HasMaxLength(200);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.InfoMaterialId).OnDelete(DeleteBehavior.Restrict);
    }
}
