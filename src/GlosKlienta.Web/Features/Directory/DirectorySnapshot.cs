
namespace GlosKlienta.Web.Features.Directory;

/// <summary>
/// A copy of the whole directory (<see cref="GlosKlienta.Domain.Directory.DirectoryState"/> as JSON) taken
/// after every change: append-only; the directory on a given day is the last copy recorded on or before it.
/// </summary>
public sealed class DirectorySnapshot : IAppendOnly
{
    public long Id { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    /// <summary>The office-local day of the change.</summary>
    public DateOnly RecordedOn { get; set; }
    public required string RecordedBy { get; set; }
    /// <summary>What changed, in words (e.g. "Stanowisko: Inspektor ds. podatków").</summary>
    public required string Summary { get; set; }
    public required string State { get; set; }
}

public sealed class DirectorySnapshotConfiguration : IEntityTypeConfiguration<DirectorySnapshot>
{
    public void Configure(EntityTypeBuilder<DirectorySnapshot> builder)
    {
        builder.HasIndex(x => x.RecordedOn);
        builder.Property(x => x.RecordedBy).HasMaxLength(256);
        builder.Property(x => x.Summary).HasMaxLength(500);
    }
}
