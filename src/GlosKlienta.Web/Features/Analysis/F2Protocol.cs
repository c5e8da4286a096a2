
namespace GlosKlienta.Web.Features.Analysis;

/// <summary>
/// An approved, frozen protocol: the figures as they were at approval and the files as they were
/// rendered, each with its SHA-256. Never changed or deleted: AppDbContext refuses it and the
/// database has triggers (<see cref="AppendOnly"/>). Downloads return exactly these bytes.
/// </summary>
public sealed class F2Protocol : IAppendOnly
{
    public int Id { get; set; }
    public required string Period { get; set; }
    public DateTimeOffset ApprovedAt { get; set; }
    public required string ApprovedById { get; set; }
    /// <summary>The approver's name at the time, so the record stays readable if the account goes.</summary>
    public required string ApprovedBy { get; set; }
    public required string FiguresJson { get; set; }
    public string? Conclusions { get; set; }
    public required byte[] Pdf { get; set; }
    public required string PdfSha256 { get; set; }
    public required byte[] Odt { get; set; }
    public required string OdtSha256 { get; set; }
    public required byte[] Docx { get; set; }
    public required string DocxSha256 { get; set; }
    public required byte[] Html { get; set; }
    public required string HtmlSha256 { get; set; }
}

public sealed class F2ProtocolConfiguration : IEntityTypeConfiguration<F2Protocol>
{
    public void Configure(EntityTypeBuilder<F2Protocol> builder)
    {
        builder.HasIndex(x => x.Period).IsUnique();
        builder.Property(x => x.Period).HasMaxLength(8);
        builder.Property(x => x.ApprovedById).HasMaxLength(450);
        builder.Property(x => x.ApprovedBy).HasMaxLength(256);
        builder.Property(x => x.Conclusions).HasMaxLength(20_000);
        builder.Property(x => x.PdfSha256).HasMaxLength(64);
        builder.Property(x => x.OdtSha256).HasMaxLength(64);
        builder.Property(x => x.DocxSha256).HasMaxLength(64);
        builder.Property(x => x.HtmlSha256).HasMaxLength(64);
    }
}
