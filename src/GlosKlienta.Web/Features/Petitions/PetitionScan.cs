namespace GlosKlienta.Web.Features.Petitions;

/// <summary>
/// The digital copy of a petycja as filed, for publication (art. 8 ust. 1 ustawy o petycjach), with the personal data of
/// people who did not consent blacked out by staff before upload. Published only once a person has looked at this very
/// copy and confirmed it (<see cref="PublishedAt"/>); a new upload withdraws the publication until it is confirmed again.
/// </summary>
public sealed class PetitionScan
{
    public int Id { get; set; }
    public int RegisterCaseId { get; set; }
    public required string FileName { get; set; }
    public required string MediaType { get; set; }
    public required byte[] Bytes { get; set; }
    public required string Sha256 { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
}

/// <summary>What the case page shows of a copy (never its bytes).</summary>
public sealed record PetitionScanInfo(int Id, string FileName, DateTimeOffset UploadedAt, DateTimeOffset? PublishedAt, string? PublishedBy);

public sealed class PetitionScanConfiguration : IEntityTypeConfiguration<PetitionScan>
{
    public void Configure(EntityTypeBuilder<PetitionScan> builder)
    {
        builder.HasIndex(x => x.RegisterCaseId).IsUnique();
        builder.HasOne<Register.RegisterCase>().WithMany().HasForeignKey(x => x.RegisterCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.FileName).HasMaxLength(255);
        builder.Property(x => x.MediaType).HasMaxLength(100);
        builder.Property(x => x.Sha256).HasMaxLength(64);
        builder.Property(x => x.UploadedBy).HasMaxLength(256);
        builder.Property(x => x.PublishedBy).HasMaxLength(256);
    }
}
