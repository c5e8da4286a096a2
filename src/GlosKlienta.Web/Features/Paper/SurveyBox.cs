using GlosKlienta.Web.Features.Directory;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>A box for filled paper survey forms (procedure row 8). Each opening of it is a batch of forms to key.</summary>
public sealed class SurveyBox
{
    public int Id { get; set; }
    public int BuildingId { get; set; }
    public Building? Building { get; set; }
    public required string Code { get; set; }
    /// <summary>Where the box stands, in words a citizen understands.</summary>
    public required string Location { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>The staff account that opens this box and is reminded of its box-opening day; null while nobody is named.</summary>
    public string? KeeperId { get; set; }
}

/// <summary>How <see cref="SurveyBox"/> is stored.</summary>
public sealed class SurveyBoxConfiguration : IEntityTypeConfiguration<SurveyBox>
{
    public void Configure(EntityTypeBuilder<SurveyBox> builder)
    {
        builder.HasIndex(x => x.Code).IsUnique();
        builder.Property(x => x.Code).HasMaxLength(40);
        builder.Property(x => x.Location).HasMaxLength(300);
        builder.HasOne(x => x.Building).WithMany(b => b.Boxes).HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.KeeperId).HasMaxLength(450);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.KeeperId).OnDelete(DeleteBehavior.SetNull);
    }
}
