
namespace GlosKlienta.Web.Features.Press;

/// <summary>
/// A published version of a release, frozen: the document-control record of procedure P/4/1.
/// Never changed or deleted (AppDbContext refuses it, database triggers refuse it too);
/// <see cref="ContentHash"/> is the SHA-256 of <see cref="Domain.Press.FrozenRelease.CanonicalText"/>.
/// </summary>
public sealed class PressReleaseVersion : IAppendOnly
{
    public int Id { get; set; }
    public int PressReleaseId { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string Topics { get; set; } = "";
    public DateTimeOffset PublishAt { get; set; }
    public string? CorrectionNote { get; set; }
    public string Author { get; set; } = "";
    public string ApprovedBy { get; set; } = "";
    public string ApprovedById { get; set; } = "";
    public DateTimeOffset ApprovedAt { get; set; }
    /// <summary>JSON list of the attachments as frozen (id, name, length, SHA-256).</summary>
    public string Attachments { get; set; } = "[]";
    public string ContentHash { get; set; } = "";
}

public sealed class PressReleaseVersionConfiguration : IEntityTypeConfiguration<PressReleaseVersion>
{
    public void Configure(EntityTypeBuilder<PressReleaseVersion> builder)
    {
        builder.HasIndex(x => new { x.PressReleaseId, x.Number }).IsUnique();
        builder.Property(x => x.Title).HasMaxLength(PressRules.TitleMax);
        builder.Property(x => x.Body).HasMaxLength(PressRules.BodyMax);
        builder.Property(x => x.Topics).HasMaxLength(1000);
        builder.Property(x => x.CorrectionNote).HasMaxLength(PressRules.NoteMax);
        builder.Property(x => x.Author).HasMaxLength(200);
        builder.Property(x => x.ApprovedBy).HasMaxLength(200);
        builder.Property(x => x.ApprovedById).HasMaxLength(450);
        builder.Property(x => x.Attachments).HasMaxLength(20_000);
        builder.Property(x => x.ContentHash).HasMaxLength(64);
    }
}
