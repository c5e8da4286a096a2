using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Paper.Scanning;

/// <summary>A scanned page as 8-bit grey pixels, row by row (0 black, 255 white); <see cref="Dpi"/> when the file says it.</summary>
public sealed record GreyImage(int Width, int Height, byte[] Pixels, double? Dpi);

/// <summary>Why a page is not read. <see cref="None"/> for a page that was read.</summary>
public enum PageProblem
{
    None,
    /// <summary>The page's image could not be decoded (an encoding the reader does not know, damaged data).</summary>
    Unreadable,
    /// <summary>No GK1 code on the page: another form, a blank sheet, or a page damaged or turned beyond correction.</summary>
    NoCode,
    /// <summary>A GK1 code was read, but the caller has no layout for it (another office, an unknown version or serial): the caller knows which.</summary>
    NoLayout,
    /// <summary>The code was read but the corner marks were not found where they must be (cut off, folded, skewed beyond correction).</summary>
    NotPlaced,
}

/// <summary>What one tick box holds.</summary>
public enum MarkState { Empty, Marked, Uncertain }

/// <summary>Why a question (or an item of a rating or matrix question) goes to the verification queue.</summary>
public enum QueueReason
{
    None,
    /// <summary>A mark too faint or too small to call.</summary>
    Faint,
    /// <summary>A mark circled, scribbled over or crossed out: perhaps cancelled.</summary>
    Cancelled,
    /// <summary>Two or more marks where one answer is expected.</summary>
    TwoMarks,
    /// <summary>Ink beside the box rather than in it.</summary>
    OutsideBox,
}

/// <summary>One tick box: its key in the stored-answers form (<c>plec=kobieta</c>), the share of its inside covered by ink, the decision.</summary>
public sealed record BoxReading(string Key, double Fill, MarkState State);

/// <summary>
/// One question of a choice kind, or one item of a rating or matrix question: <see cref="Key"/> is the question code (<c>plec</c>)
/// or the item key (<c>oceny.uprzejmosc</c>), <see cref="Values"/> the answers decided or, when <see cref="Queued"/>, proposed
/// (option codes or scale values; empty for no answer). A queued one carries the cropped image of its boxes and their labels
/// (PNG, grey, upright) for the verification queue.
/// </summary>
public sealed record QuestionReading(string Key, IReadOnlyList<string> Values, bool Queued, QueueReason Reason, byte[]? Image);

/// <summary>A written answer's area (<c>uwagi.tekst</c>): whether anything is written in it, and then its cropped image (PNG, grey, upright).</summary>
public sealed record TextReading(string Key, bool HasInk, byte[]? Image);

/// <summary>What the reader made of one page.</summary>
public sealed record PageReading(
    FormCode? Code,
    PageProblem Problem,
    IReadOnlyList<BoxReading> Boxes,
    IReadOnlyList<QuestionReading> Questions,
    IReadOnlyList<TextReading> Texts)
{
    /// <summary>The decided answers in the stored-answers form (<c>plec=kobieta;oceny.uprzejmosc=5</c>), queued ones left out.</summary>
    public string Answers => StoredChoices.Encode(Questions
        .Where(q => !q.Queued && q.Values.Count > 0)
        .ToDictionary(q => q.Key, q => q.Values, StringComparer.Ordinal));

    /// <summary>The keys sent to the queue: questions or items in doubt, then written answers with ink.</summary>
    public IReadOnlyList<string> Queued => [.. Questions.Where(q => q.Queued).Select(q => q.Key), .. Texts.Where(t => t.HasInk).Select(t => t.Key)];

    public static PageReading Failed(PageProblem problem, FormCode? code = null) => new(code, problem, [], [], []);
}

/// <summary>One page of a scanner's file, in file order from 1, as the reader saw it.</summary>
public sealed record PageResult(int Page, PageReading Reading);
