
namespace GlosKlienta.Web.Features.Audit;

/// <summary>
/// Append-only record of who did what, when, to which record. The application only ever adds
/// rows (AppDbContext refuses changes and deletions; the database has triggers that refuse them too).
/// </summary>
public sealed class AuditEntry : IAppendOnly
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActorId { get; set; }
    /// <summary>Name or e-mail of the actor at the time; "system" for the application itself.</summary>
    public required string Actor { get; set; }
    /// <summary>What happened, as a stable code: <c>signin.succeeded</c>, <c>account.roles-changed</c>, <c>survey-version.approved</c>, <c>paper.corrected</c>, ...</summary>
    public required string Action { get; set; }
    public string? SubjectType { get; set; }
    public string? SubjectId { get; set; }
    /// <summary>What changed, readable (JSON where values before and after matter).</summary>
    public string? Details { get; set; }
}

/// <summary>How <see cref="AuditEntry"/> is stored.</summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasIndex(x => x.At);
        builder.HasIndex(x => new { x.SubjectType, x.SubjectId });
        builder.Property(x => x.ActorId).HasMaxLength(450);
        builder.Property(x => x.Actor).HasMaxLength(256);
        builder.Property(x => x.Action).HasMaxLength(64);
        builder.Property(x => x.SubjectType).HasMaxLength(64);
        builder.Property(x => x.SubjectId).HasMaxLength(64);
    }
}
