using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Analysis;

/// <summary>One option of a question with how many people chose it.</summary>
/// <param name="Share">Count over the people who answered the question; null when nobody did.
/// For a multiple-choice question the shares are of people, so they can add up to more than 1.</param>
public sealed record OptionCount(string Code, int Count, double? Share);

/// <summary>
/// A single- or multiple-choice question (or one matrix item) summarised: how many answered, how
/// many left it blank, and the count and share of every option. Options keep the order given
/// (the definition's); a stored code the definition no longer has is listed after them, in the
/// order first met, so no answer silently disappears.
/// </summary>
public sealed class CategoricalSummary
{
    private CategoricalSummary(int answered, int blank, IReadOnlyList<OptionCount> options)
    {
        Answered = answered;
        Blank = blank;
        Options = options;
    }

    public int Answered { get; }
    public int Blank { get; }
    public IReadOnlyList<OptionCount> Options { get; }

    /// <summary>Mentions: all choices added up (equals <see cref="Answered"/> for a single-choice question).</summary>
    public int Mentions => Options.Sum(o => o.Count);

    public bool TooSmallToJudge => MinimumCell.IsTooSmall(Answered);

    public OptionCount? Find(string code) => Options.FirstOrDefault(o => o.Code == code);

    /// <summary>From counts that were already tallied (for example by a GROUP BY in the database).</summary>
    public static CategoricalSummary FromCounts(IReadOnlyList<string> optionCodes, ReadOnlySpan<int> counts, int answered, int blank)
    {
        ArgumentNullException.ThrowIfNull(optionCodes);
        if (counts.Length != optionCodes.Count) throw new ArgumentException("One count per option code is needed.", nameof(counts));
        ArgumentOutOfRangeException.ThrowIfNegative(answered);
        ArgumentOutOfRangeException.ThrowIfNegative(blank);
        var options = new OptionCount[counts.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(counts[i], nameof(counts));
            if (counts[i] > answered) throw new ArgumentException("An option cannot be chosen by more people than answered.", nameof(counts));
            options[i] = new OptionCount(optionCodes[i], counts[i], answered == 0 ? null : (double)counts[i] / answered);
        }
        return new CategoricalSummary(answered, blank, options);
    }

    /// <summary>
    /// From each respondent's chosen codes: null or empty = blank. A code chosen twice by one
    /// respondent counts once.
    /// </summary>
    public static CategoricalSummary From(IReadOnlyList<string> optionCodes, IEnumerable<IReadOnlyList<string>?> answers)
    {
        ArgumentNullException.ThrowIfNull(optionCodes);
        ArgumentNullException.ThrowIfNull(answers);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new List<string>(optionCodes.Count);
        foreach (var code in optionCodes)
        {
            if (index.TryAdd(code, codes.Count)) codes.Add(code);
        }
        var counts = new List<int>(new int[codes.Count]);
        int answered = 0, blank = 0;
        var seen = new HashSet<int>();
        foreach (var chosen in answers)
        {
            if (chosen is null || chosen.Count == 0) { blank++; continue; }
            answered++;
            seen.Clear();
            foreach (var code in chosen)
            {
                if (!index.TryGetValue(code, out var i))
                {
                    i = codes.Count;
                    index[code] = i;
                    codes.Add(code);
                    counts.Add(0);
                }
                if (seen.Add(i)) counts[i]++;
            }
        }
        return FromCounts(codes, counts.ToArray(), answered, blank);
    }

    /// <summary>
    /// The answers to <paramref name="question"/> (or its <paramref name="itemCode"/> for a
    /// matrix or rating item, whose options are then the item's scale values as text).
    /// </summary>
    public static CategoricalSummary For(Question question, IEnumerable<ResponseAnswers> responses, string? itemCode = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(responses);
        var key = itemCode is null ? question.Code : ResponseAnswers.ItemKey(question.Code, itemCode);
        IReadOnlyList<string> codes = question.Kind == QuestionKind.Rating && question.Scale is { } scale
            ? scale.Values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList()
            : question.Options.Select(o => o.Code).ToList();
        return From(codes, responses.Select(r => r.Choices.TryGetValue(key, out var chosen) ? chosen : null));
    }
}
