
namespace GlosKlienta.Web.Features.Directory;

/// <summary>An employee holds a post (one may hold several; a post may have several holders).</summary>
public sealed class PostHolder
{
    public int PostId { get; set; }
    public int EmployeeId { get; set; }
    public Employee? Employee { get; set; }
}

public sealed class PostHolderConfiguration : IEntityTypeConfiguration<PostHolder>
{
    public void Configure(EntityTypeBuilder<PostHolder> builder)
    {
        builder.HasKey(x => new { x.PostId, x.EmployeeId });
        builder.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId).OnDelete(DeleteBehavior.Restrict);
    }
}
