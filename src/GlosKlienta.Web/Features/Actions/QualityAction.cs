using GlosKlienta.Domain.Actions;

namespace GlosKlienta.Web.Features.Actions;

/// <summary>
/// An entry of the register of corrective and preventive actions and audits (ISO 9001:2015 10.2, procedure P/7/5
/// rows 9 and 10): what was found, why, what will be done, by which post and when, and where it stands. Its source
/// is kept as a link (a threatened area of an F2 protocol, a justified skarga, an audit's finding, a management
/// review decision, a suggestion); its notes and evidence are <see cref="QualityActionNote"/>s and every change is in
/// the audit log.
/// </summary>
public sealed class QualityAction
{
    public int Id { get; set; }
    public ActionKind Kind { get; set; }
    public ActionSource Source { get; set; }

    /// <summary>For a threatened area: the F2 period ("2026-H1") and <see cref="GlosKlienta.Domain.Analysis.ThreatenedArea.Key"/>.</summary>
    public string? Period { get; set; }
    public string? AreaKey { get; set; }
    /// <summary>The area's title when the action was proposed (the figures may move until approval).</summary>
    public string? AreaTitle { get; set; }
    /// <summary>For a justified skarga: the case it came from.</summary>
    public int? RegisterCaseId { get; set; }
    /// <summary>For an audit's finding: the audit (an action of kind <see cref="ActionKind.Audit"/>) and the finding's note.</summary>
    public int? AuditId { get; set; }
    public int? FindingNoteId { get; set; }
    /// <summary>For a management review decision: the review (<see cref="Review.ManagementReview"/>).</summary>
    public int? ManagementReviewId { get; set; }

    /// <summary>What was found: the nonconformity or the risk.</summary>
    public required string Finding { get; set; }
    /// <summary>The answers of a "5 × why" analysis, one per line (up to five).</summary>
    public string? Whys { get; set; }
    /// <summary>The root cause as the analysis ends it.</summary>
    public string? RootCause { get; set; }
    /// <summary>What will be done (for an audit: its scope).</summary>
    public required string What { get; set; }
    /// <summary>The post that owns the action, so the owner survives staff changes.</summary>
    public int? OwnerPostId { get; set; }
    /// <summary>The owner as written when set: the post's name (or, for actions from before the register, the name typed then).</summary>
    public required string OwnerName { get; set; }
    /// <summary>For an audit: who audits.</summary>
    public string? Auditor { get; set; }
    public DateOnly Due { get; set; }
    public ActionStatus Status { get; set; } = ActionStatus.Planned;
    /// <summary>The reason given with the last move that needed one (a cancellation, a "not effective", a reopening).</summary>
    public string? StatusReason { get; set; }
    public DateOnly? DoneOn { get; set; }
    public DateTimeOffset? CheckedAt { get; set; }
    public string? CheckedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public string? CreatedById { get; set; }

    /// <summary>How the register names it: "DZ-12".</summary>
    public string Number => ActionNumbers.Format(Id);
}

public static class ActionNumbers
{
    public static string Format(int id) => "DZ-" + id.ToString(CultureInfo.InvariantCulture);
}

public sealed class QualityActionConfiguration : IEntityTypeConfiguration<QualityAction>
{
    public void Configure(EntityTypeBuilder<QualityAction> builder)
    {
        builder.Ignore(x => x.Number);
        builder.HasIndex(x => new { x.Period, x.AreaKey });
        builder.HasIndex(x => x.RegisterCaseId);
        builder.HasIndex(x => x.AuditId);
        builder.HasIndex(x => x.ManagementReviewId);
        builder.HasIndex(x => new { x.Status, x.Due });
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Source).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Period).HasMaxLength(8);
        builder.Property(x => x.AreaKey).HasMaxLength(200);
        builder.Property(x => x.AreaTitle).HasMaxLength(300);
        builder.Property(x => x.Finding).HasMaxLength(2000);
        builder.Property(x => x.Whys).HasMaxLength(2500);
        builder.Property(x => x.RootCause).HasMaxLength(2000);
        builder.Property(x => x.What).HasMaxLength(2000);
        builder.Property(x => x.OwnerName).HasMaxLength(200);
        builder.Property(x => x.Auditor).HasMaxLength(200);
        builder.Property(x => x.StatusReason).HasMaxLength(2000);
        builder.Property(x => x.CheckedBy).HasMaxLength(256);
        builder.Property(x => x.CreatedBy).HasMaxLength(256);
        builder.Property(x => x.CreatedById).HasMaxLength(450);
        builder.HasOne<Directory.Post>().WithMany().HasForeignKey(x => x.OwnerPostId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Register.RegisterCase>().WithMany().HasForeignKey(x => x.RegisterCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<QualityAction>().WithMany().HasForeignKey(x => x.AuditId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Review.ManagementReview>().WithMany().HasForeignKey(x => x.ManagementReviewId).OnDelete(DeleteBehavior.Restrict);
    }
}
