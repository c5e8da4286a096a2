
namespace GlosKlienta.Web.Features.Directory;

/// <summary>A post (stanowisko) with its tasks, unit, room and contact; held by any number of employees (none when vacant).</summary>
public sealed class Post
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Tasks { get; set; }
    public int? OrganisationalUnitId { get; set; }
    public OrganisationalUnit? OrganisationalUnit { get; set; }
    public int? RoomId { get; set; }
    public Room? Room { get; set; }
    public string? Phones { get; set; }
    public string? Email { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>The post citizens contact about accessibility (board B, public pages).</summary>
    public bool IsAccessibilityContact { get; set; }
    public List<PostHolder> Holders { get; set; } = [];
}

public sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Tasks).HasMaxLength(4000);
        builder.Property(x => x.Phones).HasMaxLength(200);
        builder.Property(x => x.Email).HasMaxLength(200);
        builder.HasOne(x => x.OrganisationalUnit).WithMany().HasForeignKey(x => x.OrganisationalUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Room).WithMany().HasForeignKey(x => x.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Holders).WithOne().HasForeignKey(h => h.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
