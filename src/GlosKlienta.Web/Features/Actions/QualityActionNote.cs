namespace GlosKlienta.Web.Features.Actions;

public enum ActionNoteKind
{
    /// <summary>A note on progress.</summary>
    Note,
    /// <summary>Evidence: a note with a file (checked by its content, like the register's attachments).</summary>
    Evidence,
    /// <summary>A finding of an audit; it can raise an action of its own.</summary>
    Finding,
}

/// <summary>A note, a piece of evidence or an audit finding on an action: written once, never changed.</summary>
public sealed class QualityActionNote : IAppendOnly
{
    public int Id { get; set; }
    public int QualityActionId { get; set; }
    public ActionNoteKind Kind { get; set; }
    public required string Text { get; set; }
    public string? FileName { get; set; }
    public string? MediaType { get; set; }
    public long? FileSize { get; set; }
    public string? Sha256 { get; set; }
    public byte[]? Content { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public required string AddedBy { get; set; }
    public string? AddedById { get; set; }
}

public sealed class QualityActionNoteConfiguration : IEntityTypeConfiguration<QualityActionNote>
{
    public void Configure(EntityTypeBuilder<QualityActionNote> builder)
    {
        builder.HasIndex(x => x.QualityActionId);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Text).HasMaxLength(4000);
        builder.Property(x => x.FileName).HasMaxLength(255);
        builder.Property(x => x.MediaType).HasMaxLength(100);
        builder.Property(x => x.Sha256).HasMaxLength(64);
        builder.Property(x => x.AddedBy).HasMaxLength(256);
        builder.Property(x => x.AddedById).HasMaxLength(450);
        builder.HasOne<QualityAction>().WithMany().HasForeignKey(x => x.QualityActionId).OnDelete(DeleteBehavior.Restrict);
    }
}
