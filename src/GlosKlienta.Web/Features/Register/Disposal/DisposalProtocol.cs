using System.Text.Json;

namespace GlosKlienta.Web.Features.Register.Disposal;

/// <summary>
/// A disposal protocol (protokół brakowania dokumentacji niearchiwalnej): which cases were disposed of, when, by whom,
/// and with which consent of the state archive. Kept as written (<see cref="IAppendOnly"/>, database triggers): the
/// register's entries point to it, and it is the only record of what was destroyed.
/// </summary>
public sealed class DisposalProtocol : IAppendOnly
{
    public int Id { get; set; }
    public int Year { get; set; }
    /// <summary>1, 2, 3, ... within <see cref="Year"/>.</summary>
    public int Number { get; set; }
    /// <summary>The number as printed, e.g. "1/2026".</summary>
    public required string ProtocolNumber { get; set; }
    /// <summary>The office-local date of the protocol (the day of the disposal).</summary>
    public DateOnly ProtocolDate { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? DisposedById { get; set; }
    public required string DisposedBy { get; set; }
    /// <summary>The state archive's letter agreeing to the disposal (its reference and date); required when a case is of category BE.</summary>
    public string? ArchiveConsent { get; set; }
    public string? Note { get; set; }
    /// <summary>The list of the disposed cases (<see cref="DisposalItem"/>), as JSON: the protocol never changes, so neither does its list.</summary>
    public required string ItemsJson { get; set; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<DisposalItem> Items => JsonSerializer.Deserialize<List<DisposalItem>>(ItemsJson, Json) ?? [];

    public static string Serialize(IEnumerable<DisposalItem> items) => JsonSerializer.Serialize(items.ToList(), Json);
}

/// <summary>One disposed case as the protocol lists it: its numbers, JRWA class, kind, category and its dates (received to closed).</summary>
public sealed record DisposalItem(int CaseId, string RegisterNumber, string? CaseMark, string? JrwaClass, string Kind, string Category, DateOnly ReceivedOn, DateOnly ClosedOn);

public sealed class DisposalProtocolConfiguration : IEntityTypeConfiguration<DisposalProtocol>
{
    public void Configure(EntityTypeBuilder<DisposalProtocol> builder)
    {
        var e = builder;
        e.HasIndex(x => new { x.Year, x.Number }).IsUnique();
        e.Property(x => x.ProtocolNumber).HasMaxLength(40);
        e.Property(x => x.DisposedById).HasMaxLength(450);
        e.Property(x => x.DisposedBy).HasMaxLength(256);
        e.Property(x => x.ArchiveConsent).HasMaxLength(400);
        e.Property(x => x.Note).HasMaxLength(2000);
        e.Ignore(x => x.Items);
    }
}
