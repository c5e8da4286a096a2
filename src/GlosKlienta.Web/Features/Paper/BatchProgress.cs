
namespace GlosKlienta.Web.Features.Paper;

/// <summary>The audit action codes of paper entry.</summary>
public static class PaperAudit
{
    public const string BoxOpeningRecorded = "box-opening.recorded";
    public const string Keyed = "paper.keyed";
    public const string BlankForm = "paper.blank-form";
    public const string MismatchSettled = "paper.mismatch-settled";
    public const string Corrected = "paper.corrected";
    public const string BoxKeeperSet = "box.keeper-set";
    public const string PrintRunRecorded = "paper.print-run";
    public const string ScanUploaded = "paper.scan-uploaded";
    public const string ScanRead = "paper.scan-read";
    public const string ScanStored = "paper.scan-stored";
    public const string ScanDiscarded = "paper.scan-discarded";

    public const string BoxOpeningSubject = "BoxOpening";
    public const string ResponseSubject = "SurveyResponse";
    public const string BoxSubject = "SurveyBox";
    public const string PrintRunSubject = "PrintRun";
}

/// <summary>Where one form of a batch stands.</summary>
public enum FormState
{
    /// <summary>Not keyed yet.</summary>
    Waiting,
    /// <summary>Double entry: the first pass is keyed, the second is not.</summary>
    KeyedOnce,
    /// <summary>Double entry: the two passes differ and wait for a third look.</summary>
    Mismatch,
    /// <summary>A response is stored.</summary>
    Stored,
    /// <summary>Recorded (and, with double entry, agreed) as a blank form: no response.</summary>
    Blank,
}

/// <summary>One keying of a form, without what was keyed (the keying screen stays blind).</summary>
public sealed record EntryRow(int BoxOpeningId, int FormNumber, int Pass, string KeyedById, string KeyedBy, bool BlankForm);

/// <summary>
/// How far a batch is: the state of every form number, what is left, which forms wait for a
/// decision, and which form a given person keys next. Computed from the entries and the stored
/// responses; nothing of it is stored except <see cref="BoxOpening.CompletedAt"/>.
/// </summary>
public sealed class BatchProgress
{
    private readonly Dictionary<int, List<EntryRow>> entries;
    private readonly Dictionary<int, long> responses;
    private readonly HashSet<int> scannedBlank;

    private BatchProgress(int formCount, bool doubleEntry, IEnumerable<EntryRow> entries, IReadOnlyDictionary<int, long> responses, IEnumerable<int>? scannedBlank)
    {
        this.scannedBlank = scannedBlank is null ? [] : [.. scannedBlank];
        FormCount = formCount;
        DoubleEntry = doubleEntry;
        this.entries = entries.GroupBy(e => e.FormNumber).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Pass).ToList());
        this.responses = responses.ToDictionary(r => r.Key, r => r.Value);
    }

    public int FormCount { get; }
    public bool DoubleEntry { get; }

    /// <summary>The progress from the keyings, the stored responses and the forms a scan found empty (<paramref name="scannedBlank"/>: their numbers).</summary>
    public static BatchProgress From(BoxOpening batch, IEnumerable<EntryRow> entries, IReadOnlyDictionary<int, long> responses, IEnumerable<int>? scannedBlank = null) =>
        new(batch.FormCount, batch.DoubleEntry, entries, responses, scannedBlank);

    /// <summary>Form numbers of an opening's scanned forms found empty (blank forms without a keying).</summary>
    private static IQueryable<ScannedForm> ScannedBlanks(AppDbContext db) =>
        db.ScannedForms.AsNoTracking().Where(f => f.Blank && f.FormNumber != null);

    public static async Task<BatchProgress> LoadAsync(AppDbContext db, BoxOpening batch, CancellationToken cancellationToken)
    {
        var entries = await db.PaperEntries.AsNoTracking()
            .Where(e => e.BoxOpeningId == batch.Id)
            .Select(e => new EntryRow(e.BoxOpeningId, e.FormNumber, e.Pass, e.KeyedById, e.KeyedBy, e.BlankForm))
            .ToListAsync(cancellationToken);
        var responses = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.BoxOpeningId == batch.Id && r.FormNumber != null)
            .Select(r => new { Form = r.FormNumber!.Value, r.Id })
            .ToDictionaryAsync(r => r.Form, r => r.Id, cancellationToken);
        var blanks = await ScannedBlanks(db)
            .Where(f => db.ScanBatches.Any(b => b.Id == f.ScanBatchId && b.BoxOpeningId == batch.Id))
            .Select(f => f.FormNumber!.Value)
            .ToListAsync(cancellationToken);
        return From(batch, entries, responses, blanks);
    }

    /// <summary>The progress of many batches at once (the overview).</summary>
    public static async Task<Dictionary<int, BatchProgress>> LoadAllAsync(AppDbContext db, IReadOnlyList<BoxOpening> batches, CancellationToken cancellationToken)
    {
        var ids = batches.Select(b => b.Id).ToList();
        var entries = await db.PaperEntries.AsNoTracking()
            .Where(e => ids.Contains(e.BoxOpeningId))
            .Select(e => new EntryRow(e.BoxOpeningId, e.FormNumber, e.Pass, e.KeyedById, e.KeyedBy, e.BlankForm))
            .ToListAsync(cancellationToken);
        var responses = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.BoxOpeningId != null && ids.Contains(r.BoxOpeningId.Value) && r.FormNumber != null)
            .Select(r => new { Batch = r.BoxOpeningId!.Value, Form = r.FormNumber!.Value, r.Id })
            .ToListAsync(cancellationToken);
        var blanks = await ScannedBlanks(db)
            .Join(db.ScanBatches.Where(b => ids.Contains(b.BoxOpeningId)), f => f.ScanBatchId, b => b.Id, (f, b) => new { b.BoxOpeningId, Form = f.FormNumber!.Value })
            .ToListAsync(cancellationToken);
        var entriesByBatch = entries.ToLookup(e => e.BoxOpeningId);
        var responsesByBatch = responses.ToLookup(r => r.Batch);
        var blanksByBatch = blanks.ToLookup(b => b.BoxOpeningId, b => b.Form);
        return batches.ToDictionary(
            b => b.Id,
            b => From(b, entriesByBatch[b.Id], responsesByBatch[b.Id].ToDictionary(r => r.Form, r => r.Id), blanksByBatch[b.Id]));
    }

    public IReadOnlyList<EntryRow> EntriesOf(int formNumber) => entries.TryGetValue(formNumber, out var list) ? list : [];

    public EntryRow? Entry(int formNumber, int pass) => EntriesOf(formNumber).FirstOrDefault(e => e.Pass == pass);

    public long? ResponseOf(int formNumber) => responses.TryGetValue(formNumber, out var id) ? id : null;

    public FormState StateOf(int formNumber)
    {
        if (responses.ContainsKey(formNumber)) return FormState.Stored;
        if (scannedBlank.Contains(formNumber)) return FormState.Blank;
        var first = Entry(formNumber, 1);
        if (first is null) return FormState.Waiting;
        if (!DoubleEntry) return first.BlankForm ? FormState.Blank : FormState.Stored;
        var third = Entry(formNumber, 3);
        if (third is not null) return third.BlankForm ? FormState.Blank : FormState.Stored;
        var second = Entry(formNumber, 2);
        if (second is null) return FormState.KeyedOnce;
        // Two agreeing passes store a response (handled above) or are both blank.
        return first.BlankForm && second.BlankForm ? FormState.Blank : FormState.Mismatch;
    }

    public IEnumerable<int> FormNumbers => Enumerable.Range(1, FormCount);

    public static bool IsDone(FormState state) => state is FormState.Stored or FormState.Blank;

    public int Done => FormNumbers.Count(n => IsDone(StateOf(n)));
    public int Remaining => FormCount - Done;
    public int Mismatches => FormNumbers.Count(n => StateOf(n) == FormState.Mismatch);
    public IReadOnlyList<int> MismatchedForms => FormNumbers.Where(n => StateOf(n) == FormState.Mismatch).ToList();
    /// <summary>Forms with at least one keying (the first pass, with double entry).</summary>
    public int KeyedOnce => FormNumbers.Count(n => StateOf(n) != FormState.Waiting);
    public bool IsComplete => Done == FormCount;

    /// <summary>The pass <paramref name="userId"/> would key for the form, or why they cannot.</summary>
    public PassDecision PassFor(int formNumber, string userId)
    {
        var state = StateOf(formNumber);
        return state switch
        {
            FormState.Waiting => new PassDecision(1, null),
            FormState.KeyedOnce when Entry(formNumber, 1)!.KeyedById == userId => new PassDecision(null, PassRefusal.SamePerson),
            FormState.KeyedOnce => new PassDecision(2, null),
            FormState.Mismatch => new PassDecision(null, PassRefusal.AwaitingSettlement),
            FormState.Stored or FormState.Blank => new PassDecision(null, PassRefusal.AlreadyKeyed),
        };
    }

    /// <summary>The lowest form number <paramref name="userId"/> can key now, if any.</summary>
    public int? NextFor(string userId, int after = 0)
    {
        foreach (var n in FormNumbers.Where(n => n > after).Concat(FormNumbers.Where(n => n <= after)))
            if (PassFor(n, userId).Pass is not null) return n;
        return null;
    }

    /// <summary>This progress with one more entry (and response), to decide completion before saving.</summary>
    public BatchProgress With(EntryRow entry, bool responseStored, BoxOpening batch)
    {
        var all = entries.Values.SelectMany(e => e).Append(entry);
        var stored = new Dictionary<int, long>(responses);
        // The new response has no id before it is saved; only that it exists matters here.
        if (responseStored) stored[entry.FormNumber] = 0;
        return From(batch, all, stored, scannedBlank);
    }

    public static string Label(BoxOpening batch) => Label(batch.Year, batch.Number);

    public static string Label(int year, int number) => string.Create(CultureInfo.InvariantCulture, $"{year}/{number}");
}

public enum PassRefusal
{
    /// <summary>Stored or recorded blank already; corrections go through the Pełnomocnik.</summary>
    AlreadyKeyed,
    /// <summary>The same person may not key both passes.</summary>
    SamePerson,
    /// <summary>Both passes keyed and they differ.</summary>
    AwaitingSettlement,
}

public sealed record PassDecision(int? Pass, PassRefusal? Refusal);
