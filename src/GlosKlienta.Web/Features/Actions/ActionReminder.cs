namespace GlosKlienta.Web.Features.Actions;

/// <summary>A reminder given about an action's due date: one per action, due date and threshold, so each is e-mailed once.</summary>
public sealed class ActionReminder
{
    public long Id { get; set; }
    public int QualityActionId { get; set; }
    public DateOnly DueOn { get; set; }
    /// <summary>"7-dni", "2-dni", "po-terminie" (<see cref="Domain.Reminders.TermWarning"/>).</summary>
    public required string Threshold { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the e-mail went out; null when e-mail is off or nobody had an address (the staff home shows it either way).</summary>
    public DateTimeOffset? EmailedAt { get; set; }
    public int Recipients { get; set; }
}

public sealed class ActionReminderConfiguration : IEntityTypeConfiguration<ActionReminder>
{
    public void Configure(EntityTypeBuilder<ActionReminder> builder)
    {
        builder.HasIndex(x => new { x.QualityActionId, x.DueOn, x.Threshold }).IsUnique();
        builder.Property(x => x.Threshold).HasMaxLength(20);
        builder.HasOne<QualityAction>().WithMany().HasForeignKey(x => x.QualityActionId).OnDelete(DeleteBehavior.Cascade);
    }
}
