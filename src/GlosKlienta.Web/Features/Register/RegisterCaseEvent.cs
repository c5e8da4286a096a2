
namespace GlosKlienta.Web.Features.Register;

/// <summary>One step in a case's course: who, when, what, old value to new value. Append-only.</summary>
public sealed class RegisterCaseEvent
{
    public long Id { get; set; }
    public int RegisterCaseId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActorId { get; set; }
    public required string Actor { get; set; }
    /// <summary>Stable code, e.g. "registered", "classified", "assigned", "forwarded", "closed".</summary>
    public required string Action { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public string? Note { get; set; }
}

public sealed class RegisterCaseEventConfiguration : IEntityTypeConfiguration<RegisterCaseEvent>
{
    public void Configure(EntityTypeBuilder<RegisterCaseEvent> builder)
    {
        var e = builder;
        e.HasIndex(x => new { x.RegisterCaseId, x.At });
        e.Property(x => x.ActorId).HasMaxLength(450);
        e.Property(x => x.Actor).HasMaxLength(256);
        e.Property(x => x.Action).HasMaxLength(64);
        e.Property(x => x.OldValue).HasMaxLength(2000);
        e.Property(x => x.NewValue).HasMaxLength(2000);
        e.Property(x => x.Note).HasMaxLength(4000);
    }
}
