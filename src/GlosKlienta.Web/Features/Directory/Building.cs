using GlosKlienta.Web.Features.Paper;

namespace GlosKlienta.Web.Features.Directory;

public sealed class Building
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Address { get; set; }
    public bool IsMain { get; set; }
    public int SortOrder { get; set; }
    public List<OfficeHours> Hours { get; set; } = [];
    public List<SurveyBox> Boxes { get; set; } = [];
}

/// <summary>How <see cref="Building"/> is stored.</summary>
public sealed class BuildingConfiguration : IEntityTypeConfiguration<Building>
{
    public void Configure(EntityTypeBuilder<Building> builder)
    {
        builder.HasIndex(x => x.Code).IsUnique();
        builder.Property(x => x.Code).HasMaxLength(40);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Address).HasMaxLength(200);
    }
}
