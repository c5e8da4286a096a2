
namespace GlosKlienta.Web.Features.Register;

/// <summary>
/// A file that came with the case. The bytes live in <see cref="RegisterAttachmentContent"/> (same id) so lists never load them.
/// Served only as a download to staff who may see the case.
/// </summary>
public sealed class RegisterAttachment
{
    public int Id { get; set; }
    public int RegisterCaseId { get; set; }
    /// <summary>The name as uploaded, cleaned of any path.</summary>
    public required string FileName { get; set; }
    /// <summary>The media type found by looking at the content, not the one the browser claimed.</summary>
    public required string MediaType { get; set; }
    public long Size { get; set; }
    /// <summary>SHA-256 of the content, hex.</summary>
    public required string Sha256 { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public string? AddedById { get; set; }
    public required string AddedBy { get; set; }
    public RegisterAttachmentContent? Content { get; set; }
}

public sealed class RegisterAttachmentConfiguration : IEntityTypeConfiguration<RegisterAttachment>
{
    public void Configure(EntityTypeBuilder<RegisterAttachment> builder)
    {
        var e = builder;
        e.Property(x => x.FileName).HasMaxLength(255);
        e.Property(x => x.MediaType).HasMaxLength(100);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.Property(x => x.AddedById).HasMaxLength(450);
        e.Property(x => x.AddedBy).HasMaxLength(256);
        e.HasOne(x => x.Content).WithOne().HasForeignKey<RegisterAttachmentContent>(c => c.Id).OnDelete(DeleteBehavior.Cascade);
    }
}
