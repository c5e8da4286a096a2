using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>Where a scanner's batch stands.</summary>
public enum ScanBatchStatus
{
    /// <summary>Pages are being read (<see cref="ScanBatch.PagesRead"/> of <see cref="ScanBatch.PageCount"/>).</summary>
    Reading = 0,
    /// <summary>Read; doubtful marks and written answers wait in the verification queue. Nothing is stored yet.</summary>
    Queue = 1,
    /// <summary>The queue is settled and every placed form is stored (responses, or blank forms).</summary>
    Stored = 2,
    /// <summary>The file could not be read, or reading was interrupted; nothing is stored.</summary>
    Failed = 3,
    /// <summary>Set aside by staff before it was stored; nothing is stored.</summary>
    Discarded = 4,
}

/// <summary>
/// One file from the office scanner, read into a box opening (issue 14). All or nothing: its forms become paper responses of
/// the opening (the same form numbers as keyed forms, the lowest free ones) only when the whole verification queue is settled.
/// Pages the reader could not place are listed in <see cref="Problems"/> by page number, with the reason; nothing of them is kept.
/// </summary>
public sealed class ScanBatch
{
    public int Id { get; set; }
    public int BoxOpeningId { get; set; }
    public BoxOpening? BoxOpening { get; set; }
    /// <summary>The file's name as uploaded (for people: "skan-2026-12-06.pdf").</summary>
    public required string FileName { get; set; }
    /// <summary>The file's name in the spool while it waits to be read (unique, so instances and databases sharing a spool never meet).</summary>
    public string? SpoolFile { get; set; }
    public int PageCount { get; set; }
    public int PagesRead { get; set; }
    public ScanBatchStatus Status { get; set; }
    /// <summary>Why the whole file failed (a <see cref="ScanFailure"/> code), when <see cref="Status"/> is Failed or storing was refused.</summary>
    public string? Failure { get; set; }
    /// <summary>The pages not placed, as JSON: <c>[{"page":3,"reason":"unknown-serial","serial":977}]</c> (<see cref="GlosKlienta.Paper.Scanning.ScanPageProblem"/>).</summary>
    public string Problems { get; set; } = "[]";
    public DateTimeOffset UploadedAt { get; set; }
    public string? UploadedById { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public DateTimeOffset? StoredAt { get; set; }
    public string? StoredBy { get; set; }
    public List<ScannedForm> Forms { get; set; } = [];
}

/// <summary>
/// One form found in a batch: its serial (unique across all batches not discarded, so a form scanned twice is caught), the answers
/// the reader decided (stored-answers form), and, once the batch is stored, its form number in the opening and its response.
/// </summary>
public sealed class ScannedForm
{
    public long Id { get; set; }
    public int ScanBatchId { get; set; }
    public int Serial { get; set; }
    /// <summary>The pages of the file this form was read from ("1, 2").</summary>
    public required string Pages { get; set; }
    /// <summary>What the reader decided, in the stored-answers form; the queue's decisions are added when the batch is stored.</summary>
    public required string Choices { get; set; }
    public int? FormNumber { get; set; }
    public bool Blank { get; set; }
    public long? SurveyResponseId { get; set; }
    public List<ScanQueueItem> Items { get; set; } = [];
}

/// <summary>What a queue item asks: a doubtful choice question or item, or a written answer to type in.</summary>
public enum ScanItemKind
{
    Choice = 0,
    Text = 1,
}

/// <summary>
/// One decision for a person: the cropped image of a doubtful question (or item) beside the reader's proposal in keying notation,
/// or a written answer's image to type in. <see cref="Decision"/> is what the person keyed (the same conventions as the keying
/// screen), null until decided.
/// </summary>
public sealed class ScanQueueItem
{
    public long Id { get; set; }
    public long ScannedFormId { get; set; }
    public ScannedForm? ScannedForm { get; set; }
    /// <summary>The question code (<c>plec</c>), the item key (<c>oceny.uprzejmosc</c>) or the text key (<c>uwagi.tekst</c>).</summary>
    public required string Key { get; set; }
    public ScanItemKind Kind { get; set; }
    /// <summary>Why it is in the queue (the reader's <c>QueueReason</c>; None for a written answer).</summary>
    public required string Reason { get; set; }
    /// <summary>The reader's proposal in keying notation ("2", "25", "0"); empty for a written answer.</summary>
    public required string Proposed { get; set; }
    public required byte[] Image { get; set; }
    public string? Decision { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedById { get; set; }
    public string? DecidedBy { get; set; }
}

/// <summary>
/// A written answer's image kept with a scanned response (staff only): what the typed text was read from. Deleted with the response.
/// </summary>
public sealed class SurveyResponseImage
{
    public long Id { get; set; }
    public long SurveyResponseId { get; set; }
    /// <summary>The text key (<c>uwagi.tekst</c>).</summary>
    public required string Key { get; set; }
    public required byte[] Png { get; set; }
}

public sealed class ScanBatchConfiguration : IEntityTypeConfiguration<ScanBatch>
{
    public void Configure(EntityTypeBuilder<ScanBatch> builder)
    {
        builder.Property(x => x.FileName).HasMaxLength(260);
        builder.Property(x => x.SpoolFile).HasMaxLength(100);
        builder.Property(x => x.Failure).HasMaxLength(100);
        builder.Property(x => x.Problems).HasMaxLength(200_000);
        builder.Property(x => x.UploadedById).HasMaxLength(450);
        builder.Property(x => x.UploadedBy).HasMaxLength(200);
        builder.Property(x => x.StoredBy).HasMaxLength(200);
        builder.HasOne(x => x.BoxOpening).WithMany().HasForeignKey(x => x.BoxOpeningId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Forms).WithOne().HasForeignKey(x => x.ScanBatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.BoxOpeningId);
    }
}

public sealed class ScannedFormConfiguration : IEntityTypeConfiguration<ScannedForm>
{
    public void Configure(EntityTypeBuilder<ScannedForm> builder)
    {
        builder.Property(x => x.Pages).HasMaxLength(100);
        builder.Property(x => x.Choices).HasMaxLength(4000);
        // A form scanned twice is caught here even when two batches are read at the same moment (a discarded batch's forms are deleted).
        builder.HasIndex(x => x.Serial).IsUnique();
        builder.HasMany(x => x.Items).WithOne(x => x.ScannedForm).HasForeignKey(x => x.ScannedFormId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SurveyResponse>().WithMany().HasForeignKey(x => x.SurveyResponseId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class ScanQueueItemConfiguration : IEntityTypeConfiguration<ScanQueueItem>
{
    public void Configure(EntityTypeBuilder<ScanQueueItem> builder)
    {
        builder.Property(x => x.Key).HasMaxLength(200);
        builder.Property(x => x.Reason).HasMaxLength(40);
        builder.Property(x => x.Proposed).HasMaxLength(100);
        builder.Property(x => x.Decision).HasMaxLength(4000);
        builder.Property(x => x.DecidedById).HasMaxLength(450);
        builder.Property(x => x.DecidedBy).HasMaxLength(200);
    }
}

public sealed class SurveyResponseImageConfiguration : IEntityTypeConfiguration<SurveyResponseImage>
{
    public void Configure(EntityTypeBuilder<SurveyResponseImage> builder)
    {
        builder.Property(x => x.Key).HasMaxLength(200);
        builder.HasOne<SurveyResponse>().WithMany().HasForeignKey(x => x.SurveyResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.SurveyResponseId);
    }
}
