
namespace GlosKlienta.Web.Features.Press;

/// <summary>
/// A press release (procedure row 1): the working copy the press officer writes and the
/// Burmistrz or a deputy approves. What citizens see is never this row but its frozen
/// <see cref="PressReleaseVersion"/>s; a correction (sprostowanie) reopens the working copy and
/// its approval adds a version, the earlier ones kept.
/// </summary>
public sealed class PressRelease
{
    public int Id { get; set; }
    /// <summary>Stable identity of the release, used in the Atom ids (urn:uuid).</summary>
    public Guid Key { get; set; }
    public PressReleaseStatus Status { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>Comma-separated, as <see cref="Domain.Press.Topics.Join"/> writes them.</summary>
    public string Topics { get; set; } = "";
    public DateTimeOffset? PublishAt { get; set; }
    /// <summary>What a correction changes and why; required for every version after the first.</summary>
    public string? CorrectionNote { get; set; }
    public string CreatedById { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecidedById { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? ReturnComment { get; set; }
    public List<PressReleaseVersion> Versions { get; set; } = [];
    public List<PressFile> Files { get; set; } = [];
}

public sealed class PressReleaseConfiguration : IEntityTypeConfiguration<PressRelease>
{
    public void Configure(EntityTypeBuilder<PressRelease> builder)
    {
        builder.HasIndex(x => x.Key).IsUnique();
        builder.Property(x => x.Title).HasMaxLength(PressRules.TitleMax);
        builder.Property(x => x.Body).HasMaxLength(PressRules.BodyMax);
        builder.Property(x => x.Topics).HasMaxLength(1000);
        builder.Property(x => x.CorrectionNote).HasMaxLength(PressRules.NoteMax);
        builder.Property(x => x.CreatedById).HasMaxLength(450);
        builder.Property(x => x.CreatedBy).HasMaxLength(200);
        builder.Property(x => x.DecidedBy).HasMaxLength(200);
        builder.Property(x => x.DecidedById).HasMaxLength(450);
        builder.Property(x => x.ReturnComment).HasMaxLength(PressRules.NoteMax);
        builder.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.PressReleaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Files).WithOne().HasForeignKey(f => f.PressReleaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
