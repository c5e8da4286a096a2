
namespace GlosKlienta.Web.Features.Press;

/// <summary>
/// A file attached to a release or to a press conference, kept in the database (they are few and
/// small, and so they are in every backup). Once part of a published release version it is frozen.
/// </summary>
public sealed class PressFile : IFrozenOnceSet
{
    public int Id { get; set; }
    public int? PressReleaseId { get; set; }
    public int? PressConferenceId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
    /// <summary>Set when a published version includes the file; from then on it is never changed or removed.</summary>
    public DateTimeOffset? FrozenAt { get; set; }
}

public sealed class PressFileConfiguration : IEntityTypeConfiguration<PressFile>
{
    public void Configure(EntityTypeBuilder<PressFile> builder)
    {
        builder.Property(x => x.FileName).HasMaxLength(Domain.Files.FileTypes.MaxNameLength);
        builder.Property(x => x.ContentType).HasMaxLength(120);
        builder.Property(x => x.Sha256).HasMaxLength(64);
        builder.Property(x => x.UploadedBy).HasMaxLength(200);
    }
}
