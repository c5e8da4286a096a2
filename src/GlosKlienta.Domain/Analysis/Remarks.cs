using System.Text.RegularExpressions;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Analysis;

/// <summary>One free-text remark as the Pełnomocnik has read it (or not yet: no categories).</summary>
public sealed record ReadRemark(long Id, string Text, IReadOnlyList<int> Categories, bool Unquotable, bool Reviewed);

/// <summary>A category of remarks in the protocol: how many remarks it has and a few quoted examples with no personal data.</summary>
public sealed record RemarkCategoryFigure(string Name, int Count, IReadOnlyList<string> Examples);

/// <summary>The remarks of a period as the protocol reports them.</summary>
public sealed record RemarksFigure(int Total, int Reviewed, IReadOnlyList<RemarkCategoryFigure> Categories);

/// <summary>
/// Free-text remarks (question 8's comment and the final UWAGI) are read, not dropped: the
/// Pełnomocnik tags each with categories; the protocol counts per category and quotes two or three
/// examples that contain no personal data. Pure.
/// </summary>
public static partial class Remarks
{
    public const int ExamplesPerCategory = 3;
    /// <summary>A quote is cut to this many characters (at a word), so the protocol stays readable.</summary>
    public const int QuoteLength = 200;

    /// <summary>The questions whose free text is a remark: a comment on a question, or a text question (not an "other" answer, which names an option).</summary>
    public static IReadOnlyList<string> QuestionCodes(SurveyDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Questions.Where(q => q.Kind == QuestionKind.Text || q.Comment is not null).Select(q => q.Code).ToList();
    }

    /// <summary>
    /// True when a text looks like it holds personal data (an e-mail address, a phone or PESEL-like
    /// run of digits, a street address with a number): it is never quoted, whatever the Pełnomocnik marked.
    /// </summary>
    public static bool MayHoldPersonalData(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PersonalData().IsMatch(text);
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+|(?:\d[\s-]?){7,}|\b(?:ul|al|os|pl)\.\s*\p{L}+(?:\s+\p{L}+)*\s+\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonalData();

    /// <summary>Counts per category (in the given order, empty ones left out) with up to <see cref="ExamplesPerCategory"/> quotable examples each, shortest first.</summary>
    public static RemarksFigure Summarise(IReadOnlyList<ReadRemark> remarks, IReadOnlyList<(int Id, string Name)> categories)
    {
        ArgumentNullException.ThrowIfNull(remarks);
        ArgumentNullException.ThrowIfNull(categories);
        var result = new List<RemarkCategoryFigure>();
        foreach (var (id, name) in categories)
        {
            var inCategory = remarks.Where(r => r.Reviewed && r.Categories.Contains(id)).ToList();
            if (inCategory.Count == 0) continue;
            var examples = inCategory.Where(r => !r.Unquotable && !MayHoldPersonalData(r.Text))
                .Select(r => Quote(r.Text)).Distinct(StringComparer.Ordinal)
                .OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).Take(ExamplesPerCategory).ToList();
            result.Add(new RemarkCategoryFigure(name, inCategory.Count, examples));
        }
        return new RemarksFigure(remarks.Count, remarks.Count(r => r.Reviewed), result);
    }

    private static string Quote(string text)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (t.Length <= QuoteLength) return t;
        var cut = t.LastIndexOf(' ', QuoteLength);
        return t[..(cut > QuoteLength / 2 ? cut : QuoteLength)] + " […]";
    }
}
