using GlosKlienta.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GlosKlienta.Web.Features.Analysis;

/// <summary>
/// The draft of the F2 protocol (or annual analysis) of one period while the Pełnomocnik works on
/// it: what they write themselves (conclusions). Figures are not stored here; they are computed
/// afresh until approval freezes them in <see cref="F2Protocol"/>.
/// </summary>
public sealed class F2Draft
{
    public int Id { get; set; }
    /// <summary>"2026H1", "2026H2" or "2026".</summary>
    public required string Period { get; set; }
    public string? Conclusions { get; set; }
    /// <summary>Why the protocol may be approved although an active box has no opening on the period's box-opening day or later (the Pełnomocnik's record).</summary>
    public string? UnopenedBoxesReason { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}

/// <summary>
/// A threatened area the Pełnomocnik adds by judgement, with the reason, to a period's protocol
/// (the rules found no evidence, but they know of a problem). The protocol marks it as such.
/// </summary>
public sealed class JudgedArea
{
    public int Id { get; set; }
    public required string Period { get; set; }
    public required string Title { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public string? CreatedById { get; set; }
}

/// <summary>A category of free-text remarks (question 8's comment, the final UWAGI), from the short list the office keeps.</summary>
public sealed class RemarkCategory
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int Order { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>
/// The Pełnomocnik's reading of one free-text remark: its categories and whether it may be quoted
/// in the protocol (a remark with personal data, or one that could identify its author, may not).
/// </summary>
public sealed class RemarkReview
{
    public int Id { get; set; }
    public long SurveyResponseTextId { get; set; }
    /// <summary>The ids of the <see cref="RemarkCategory"/> rows, comma-separated.</summary>
    public required string Categories { get; set; }
    public bool Unquotable { get; set; }
    public DateTimeOffset ReviewedAt { get; set; }
    public required string ReviewedBy { get; set; }
}

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

public enum ProposedActionKind
{
    /// <summary>Działanie zapobiegawcze.</summary>
    Preventive = 1,
    /// <summary>Audit w obszarze zagrożonym.</summary>
    Audit = 2,
}

public enum ProposedActionStatus
{
    /// <summary>Proposed in the protocol; not yet taken over by the corrective-action register.</summary>
    Proposed = 1,
    InProgress = 2,
    Done = 3,
    Cancelled = 4,
}

/// <summary>
/// A preventive action or audit the Pełnomocnik proposes for a threatened area: what, who, by when.
/// Kept apart from the protocol row (it only names the period and the area's key) so that a later
/// corrective-action register can take these records over and move their status on.
/// </summary>
public sealed class ProposedAction
{
    public int Id { get; set; }
    public required string Period { get; set; }
    /// <summary><see cref="GlosKlienta.Domain.Analysis.ThreatenedArea.Key"/> of the area it answers.</summary>
    public required string AreaKey { get; set; }
    /// <summary>The area's title when the action was proposed (the figures may move until approval).</summary>
    public required string AreaTitle { get; set; }
    public ProposedActionKind Kind { get; set; }
    public required string What { get; set; }
    public required string Who { get; set; }
    public DateOnly Due { get; set; }
    public ProposedActionStatus Status { get; set; } = ProposedActionStatus.Proposed;
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public string? CreatedById { get; set; }
}

public sealed class F2DraftMapping : IEntityTypeConfiguration<F2Draft>
{
    public void Configure(EntityTypeBuilder<F2Draft> builder)
    {
        builder.HasIndex(x => x.Period).IsUnique();
        builder.Property(x => x.Period).HasMaxLength(8);
        builder.Property(x => x.Conclusions).HasMaxLength(20_000);
        builder.Property(x => x.UnopenedBoxesReason).HasMaxLength(2000);
        builder.Property(x => x.UpdatedBy).HasMaxLength(256);
    }
}

public sealed class F2ProtocolMapping : IEntityTypeConfiguration<F2Protocol>
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

public sealed class JudgedAreaMapping : IEntityTypeConfiguration<JudgedArea>
{
    public void Configure(EntityTypeBuilder<JudgedArea> builder)
    {
        builder.HasIndex(x => x.Period);
        builder.Property(x => x.Period).HasMaxLength(8);
        builder.Property(x => x.Title).HasMaxLength(300);
        builder.Property(x => x.Reason).HasMaxLength(2000);
        builder.Property(x => x.CreatedBy).HasMaxLength(256);
        builder.Property(x => x.CreatedById).HasMaxLength(450);
    }
}

public sealed class RemarkCategoryMapping : IEntityTypeConfiguration<RemarkCategory>
{
    public void Configure(EntityTypeBuilder<RemarkCategory> builder)
    {
        builder.Property(x => x.Name).HasMaxLength(100);
        builder.HasIndex(x => x.Name).IsUnique();
        // A starting list; the office changes it on the remarks screen.
        builder.HasData(
            new RemarkCategory { Id = 1, Name = "obsługa i uprzejmość", Order = 1 },
            new RemarkCategory { Id = 2, Name = "czas oczekiwania, kolejki", Order = 2 },
            new RemarkCategory { Id = 3, Name = "informacja i oznakowanie", Order = 3 },
            new RemarkCategory { Id = 4, Name = "godziny pracy urzędu", Order = 4 },
            new RemarkCategory { Id = 5, Name = "budynek i dostępność", Order = 5 },
            new RemarkCategory { Id = 6, Name = "sprawy elektroniczne i strona internetowa", Order = 6 },
            new RemarkCategory { Id = 7, Name = "pochwała", Order = 7 },
            new RemarkCategory { Id = 8, Name = "inne", Order = 8 });
    }
}

public sealed class RemarkReviewMapping : IEntityTypeConfiguration<RemarkReview>
{
    public void Configure(EntityTypeBuilder<RemarkReview> builder)
    {
        builder.HasIndex(x => x.SurveyResponseTextId).IsUnique();
        builder.HasOne<GlosKlienta.Web.Features.Survey.SurveyResponseText>().WithMany().HasForeignKey(x => x.SurveyResponseTextId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(x => x.Categories).HasMaxLength(200);
        builder.Property(x => x.ReviewedBy).HasMaxLength(256);
    }
}

public sealed class ProposedActionMapping : IEntityTypeConfiguration<ProposedAction>
{
    public void Configure(EntityTypeBuilder<ProposedAction> builder)
    {
        builder.HasIndex(x => new { x.Period, x.AreaKey });
        builder.Property(x => x.Period).HasMaxLength(8);
        builder.Property(x => x.AreaKey).HasMaxLength(200);
        builder.Property(x => x.AreaTitle).HasMaxLength(300);
        builder.Property(x => x.What).HasMaxLength(2000);
        builder.Property(x => x.Who).HasMaxLength(200);
        builder.Property(x => x.CreatedBy).HasMaxLength(256);
        builder.Property(x => x.CreatedById).HasMaxLength(450);
    }
}
