
namespace GlosKlienta.Web.Features.Directory;

public sealed class OrganisationalUnit
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>Referat, samodzielne stanowisko or a unit housed in the building (the directory, Features/Directory).</summary>
    public GlosKlienta.Domain.Directory.UnitKind Kind { get; set; }
}

/// <summary>How <see cref="OrganisationalUnit"/> is stored.</summary>
public sealed class OrganisationalUnitConfiguration : IEntityTypeConfiguration<OrganisationalUnit>
{
    public void Configure(EntityTypeBuilder<OrganisationalUnit> builder)
    {
        builder.HasIndex(x => x.Code).IsUnique();
        builder.Property(x => x.Code).HasMaxLength(40);
        builder.Property(x => x.Name).HasMaxLength(200);
    }
}
