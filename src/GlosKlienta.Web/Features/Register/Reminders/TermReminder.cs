
namespace GlosKlienta.Web.Features.Register.Reminders;

/// <summary>
/// A term warning that was given: one per case, last day and threshold, so each is e-mailed once. The last day
/// is part of the key because an art. 36 notice sets a new date, whose warnings are new ones.
/// </summary>
public sealed class TermReminder
{
    public long Id { get; set; }
    public int RegisterCaseId { get; set; }
    public DateOnly DueOn { get; set; }
    /// <summary>"7-dni", "2-dni", "po-terminie" (see <see cref="Domain.Reminders.TermWarning"/>).</summary>
    public required string Threshold { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the e-mail went out; null when e-mail is not configured (the warning was on the dashboard only).</summary>
    public DateTimeOffset? EmailedAt { get; set; }
    public int Recipients { get; set; }
}

public sealed class TermReminderConfiguration : IEntityTypeConfiguration<TermReminder>
{
    public void Configure(EntityTypeBuilder<TermReminder> builder)
    {
        var e = builder;
        e.HasIndex(x => new { x.RegisterCaseId, x.DueOn, x.Threshold }).IsUnique();
        e.Property(x => x.Threshold).HasMaxLength(20);
        e.HasOne<RegisterCase>().WithMany().HasForeignKey(x => x.RegisterCaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
