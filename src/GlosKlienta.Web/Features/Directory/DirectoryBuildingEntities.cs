using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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

public sealed class OfficeHours
{
    public int Id { get; set; }
    public int BuildingId { get; set; }
    public Building? Building { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Opens { get; set; }
    public TimeOnly Closes { get; set; }
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

/// <summary>How <see cref="OfficeHours"/> is stored.</summary>
public sealed class OfficeHoursConfiguration : IEntityTypeConfiguration<OfficeHours>
{
    public void Configure(EntityTypeBuilder<OfficeHours> builder)
    {
        builder.HasOne(x => x.Building).WithMany(b => b.Hours).HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Cascade);
    }
}
