using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Analysis;

/// <summary>
/// Which questions of the survey play which part in the F2 analysis. The defaults are the codes of
/// form F1 (domain guide §3); an office with other codes sets them in configuration.
/// </summary>
public sealed record F2Questions
{
    public string Sex { get; init; } = "plec";
    public string Age { get; init; } = "wiek";
    public string Unit { get; init; } = "komorka";
    public string OnTime { get; init; } = "termin";
    /// <summary>The option of <see cref="OnTime"/> that says "not on time".</summary>
    public string NotOnTimeOption { get; init; } = "nie";
    public string Difficulties { get; init; } = "trudnosci";
    /// <summary>The exclusive "no difficulties" option, which is not a difficulty.</summary>
    public string NoDifficultyOption { get; init; } = "brak";
    public string Ratings { get; init; } = "oceny";
}

/// <summary>The groupings of a breakdown. Channel is the response's own; the others are answers.</summary>
public enum BreakdownDimension { Unit, Channel, Age, Sex }

/// <summary>
/// The shape of the counts for one survey definition: a slot for every categorical key (a single-
/// or multiple-choice question, or one matrix item) and for every rating item of the rating
/// question. Built once per report; the tally then needs no per-response objects.
/// </summary>
public sealed class TallyLayout
{
    public TallyLayout(SurveyDefinition definition, F2Questions? questions = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        Questions = questions ?? new F2Questions();
        var keys = new List<CategoricalKey>();
        foreach (var q in definition.Questions)
        {
            switch (q.Kind)
            {
                case QuestionKind.SingleChoice:
                case QuestionKind.MultipleChoice:
                    keys.Add(new CategoricalKey(q.Code, q, null, q.Options.Select(o => o.Code).ToArray(), q.Kind == QuestionKind.MultipleChoice));
                    break;
                case QuestionKind.Matrix:
                    foreach (var item in q.Items)
                        keys.Add(new CategoricalKey(ResponseAnswers.ItemKey(q.Code, item.Code), q, item, q.Options.Select(o => o.Code).ToArray(), false));
                    break;
            }
        }
        Categorical = keys;
        RatingQuestion = definition.Find(Questions.Ratings) is { Kind: QuestionKind.Rating } rq ? rq : definition.Questions.FirstOrDefault(q => q.Kind == QuestionKind.Rating);
        RatingItems = RatingQuestion?.Items.Select(i => i.Code).ToArray() ?? [];
        RatingMax = RatingQuestion?.Scale?.Max ?? RatingSummary.DefaultMax;
        if (RatingMax < 4) RatingMax = RatingSummary.DefaultMax;
        if (RatingQuestion?.Scale is { Min: not 1 }) throw new ArgumentException("The F2 analysis needs a rating scale starting at 1.", nameof(definition));

        foreach (var k in keys) if (k.Options.Length > 63) throw new ArgumentException($"Question '{k.Key}' has too many options for the tally.", nameof(definition));
        slotOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < keys.Count; i++) slotOfKey[keys[i].Key] = i;
        for (int i = 0; i < RatingItems.Count; i++) slotOfKey[ResponseAnswers.ItemKey(RatingQuestion!.Code, RatingItems[i])] = RatingSlotBase + i;
        optionIndex = keys.Select(k =>
        {
            var d = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int j = 0; j < k.Options.Length; j++) d[k.Options[j]] = j;
            return d.GetAlternateLookup<ReadOnlySpan<char>>();
        }).ToArray();
        keyLookup = slotOfKey.GetAlternateLookup<ReadOnlySpan<char>>();

        DimensionSlots = [SlotOf(Questions.Unit), -1, SlotOf(Questions.Age), SlotOf(Questions.Sex)];
        OnTimeSlot = SlotOf(Questions.OnTime);
        NotOnTimeOption = OnTimeSlot < 0 ? -1 : Array.IndexOf(Categorical[OnTimeSlot].Options, Questions.NotOnTimeOption);
        DifficultySlot = SlotOf(Questions.Difficulties);
    }

    /// <summary>Rating items are looked up in the same table, from this slot number on.</summary>
    internal const int RatingSlotBase = 1 << 20;

    public sealed record CategoricalKey(string Key, Question Question, QuestionItem? Item, string[] Options, bool Multiple);

    private readonly Dictionary<string, int> slotOfKey;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> keyLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[] optionIndex;

    public SurveyDefinition Definition { get; }
    public F2Questions Questions { get; }
    public IReadOnlyList<CategoricalKey> Categorical { get; }
    public Question? RatingQuestion { get; }
    public IReadOnlyList<string> RatingItems { get; }
    public int RatingMax { get; }
    /// <summary>Categorical slot per <see cref="BreakdownDimension"/> (−1 for channel or a missing question).</summary>
    public int[] DimensionSlots { get; }
    public int OnTimeSlot { get; }
    public int NotOnTimeOption { get; }
    public int DifficultySlot { get; }

    public int SlotOf(string key) => slotOfKey.TryGetValue(key, out var s) && s < RatingSlotBase ? s : -1;

    internal bool TryKey(ReadOnlySpan<char> key, out int slot) => keyLookup.TryGetValue(key, out slot);

    internal int OptionOf(int slot, ReadOnlySpan<char> code) => optionIndex[slot].TryGetValue(code, out var i) ? i : -1;

    /// <summary>Number of groups of a breakdown dimension.</summary>
    public int GroupCount(BreakdownDimension d) => d == BreakdownDimension.Channel ? 3
        : DimensionSlots[(int)d] is var s and >= 0 ? Categorical[s].Options.Length : 0;
}

/// <summary>
/// Counts for one period, filled in a single streaming pass over the stored compact answers
/// (<see cref="ResponseAnswers.EncodeChoices"/>): every figure of the F2 comes from these arrays.
/// A response costs a few array increments; the only per-response memory is one row of ratings
/// (for the service index, Cronbach's alpha and the drivers), five ints.
/// </summary>
public sealed class ResponseTally
{
    private readonly int[] catValue;        // per slot: option+1 (single) or 0
    private readonly ulong[] catMask;       // per slot: chosen options (multiple)
    private readonly int[] ratingValue;     // per item: 0 blank, 1..max
    private readonly Dictionary<int, bool[]> excluded = [];
    private int[] rows = new int[1024];
    private int rowLength;

    public ResponseTally(TallyLayout layout, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(layout);
        Layout = layout;
        Period = period;
        MonthCount = period.Months.Count;
        int slots = layout.Categorical.Count, items = layout.RatingItems.Count, width = layout.RatingMax + 1;
        catValue = new int[slots];
        catMask = new ulong[slots];
        ratingValue = new int[items];
        Answered = new int[slots];
        OptionCounts = layout.Categorical.Select(k => new int[k.Options.Length]).ToArray();
        RatingCounts = new int[items * width];
        ByChannel = new int[3];
        ByMonth = new int[MonthCount];
        MonthRatingCounts = new int[MonthCount * items * width];
        MonthRated = new int[MonthCount];
        MonthDissatisfied = new int[MonthCount];
        GroupResponses = new int[4][];
        groupRated = new int[4][];
        GroupRatingCounts = new int[4][];
        GroupAnswered = new int[4][];
        GroupOptionCounts = new int[4][][];
        for (int d = 0; d < 4; d++)
        {
            int g = layout.GroupCount((BreakdownDimension)d);
            GroupResponses[d] = new int[g];
            groupRated[d] = new int[g];
            GroupRatingCounts[d] = new int[g * items * width];
            GroupAnswered[d] = new int[g * slots];
            GroupOptionCounts[d] = Enumerable.Range(0, g).Select(_ => new int[layout.Categorical.Sum(k => k.Options.Length)]).ToArray();
        }
        optionOffset = new int[slots];
        for (int s = 1; s < slots; s++) optionOffset[s] = optionOffset[s - 1] + layout.Categorical[s - 1].Options.Length;
    }

    private readonly int[] optionOffset;
    private readonly int[][] groupRated;

    /// <summary>Respondents of a group who rated at least one item.</summary>
    public int GroupRated(BreakdownDimension d, int group) => groupRated[(int)d][group];

    public TallyLayout Layout { get; }
    public ReportingPeriod Period { get; }
    public int MonthCount { get; }
    public int Responses { get; private set; }
    /// <summary>Answers whose stored code the layout's definition does not know (an older version's option): left out, counted here.</summary>
    public int UnknownCodes { get; private set; }
    public int[] Answered { get; }
    public int[][] OptionCounts { get; }
    /// <summary>Per rating item, counts indexed by value (0 = blank): <c>[item * (max+1) + value]</c>.</summary>
    public int[] RatingCounts { get; }
    /// <summary>Responses per channel: online, kiosk, paper.</summary>
    public int[] ByChannel { get; }
    public int[] ByMonth { get; }
    public int[] MonthRatingCounts { get; }
    /// <summary>Per month, respondents who gave at least one rating.</summary>
    public int[] MonthRated { get; }
    /// <summary>Per month, respondents with at least one rating of 1 or 2 (<see cref="IsDissatisfied"/>).</summary>
    public int[] MonthDissatisfied { get; }
    public int[][] GroupResponses { get; }
    public int[][] GroupRatingCounts { get; }
    public int[][] GroupAnswered { get; }
    /// <summary>Per dimension, per group: option counts of every categorical slot, at <see cref="OptionOffset"/>(slot) + option.</summary>
    public int[][][] GroupOptionCounts { get; }
    /// <summary>Rows of ratings (<c>rows[r * items + i]</c>, 0 = blank) of respondents who rated at least one item.</summary>
    public ReadOnlySpan<int> RatingRows => rows.AsSpan(0, rowLength);

    public int OptionOffset(int slot) => optionOffset[slot];

    /// <summary>
    /// Answers of responses of survey version <paramref name="versionId"/> to <paramref name="keys"/>
    /// (question codes, or question.item) are not comparable with the layout's definition: they are
    /// left out of the counts, as if not asked.
    /// </summary>
    public void Exclude(int versionId, IEnumerable<string> keys)
    {
        var mask = new bool[Layout.Categorical.Count + Layout.RatingItems.Count];
        foreach (var key in keys)
        {
            for (int s = 0; s < Layout.Categorical.Count; s++)
            {
                var k = Layout.Categorical[s];
                if (k.Key == key || k.Question.Code == key) mask[s] = true;
            }
            for (int i = 0; i < Layout.RatingItems.Count; i++)
            {
                if (Layout.RatingQuestion!.Code == key || ResponseAnswers.ItemKey(Layout.RatingQuestion.Code, Layout.RatingItems[i]) == key)
                    mask[Layout.Categorical.Count + i] = true;
            }
        }
        excluded[versionId] = mask;
    }

    /// <summary>The definition of "dissatisfied" for the p-chart: at least one rating of 1 or 2 (bottom two box).</summary>
    public static bool IsDissatisfied(ReadOnlySpan<int> ratings)
    {
        foreach (var v in ratings) if (v is 1 or 2) return true;
        return false;
    }

    /// <summary>
    /// Parses <paramref name="choices"/> into the scratch slots. Returns false when the response
    /// does not pass <paramref name="unitFilter"/> (an option index of the unit question, −1 = all).
    /// </summary>
    public bool Add(int versionId, Channel channel, DateOnly receivedOn, ReadOnlySpan<char> choices, int unitFilter = -1)
    {
        Array.Clear(catValue);
        Array.Clear(catMask);
        Array.Clear(ratingValue);
        excluded.TryGetValue(versionId, out var skip);
        int ncat = catValue.Length;
        while (choices.Length > 0)
        {
            int semi = choices.IndexOf(';');
            var pair = semi < 0 ? choices : choices[..semi];
            choices = semi < 0 ? default : choices[(semi + 1)..];
            int eq = pair.IndexOf('=');
            if (eq <= 0) continue;
            if (!Layout.TryKey(pair[..eq], out int slot)) continue;
            var values = pair[(eq + 1)..];
            if (slot >= TallyLayout.RatingSlotBase)
            {
                int item = slot - TallyLayout.RatingSlotBase;
                if (skip is not null && skip[ncat + item]) continue;
                if (values.Length is 1 or 2 && int.TryParse(values, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int v) && v >= 1 && v <= Layout.RatingMax)
                    ratingValue[item] = v;
                else UnknownCodes++;
                continue;
            }
            if (skip is not null && skip[slot]) continue;
            while (values.Length > 0)
            {
                int comma = values.IndexOf(',');
                var code = comma < 0 ? values : values[..comma];
                values = comma < 0 ? default : values[(comma + 1)..];
                int option = Layout.OptionOf(slot, code);
                if (option < 0) { UnknownCodes++; continue; }
                if (Layout.Categorical[slot].Multiple) catMask[slot] |= 1UL << option;
                else catValue[slot] = option + 1;
            }
        }

        int unitSlot = Layout.DimensionSlots[(int)BreakdownDimension.Unit];
        if (unitFilter >= 0 && (unitSlot < 0 || catValue[unitSlot] != unitFilter + 1)) return false;

        Responses++;
        ByChannel[(int)channel - 1]++;
        int month = (receivedOn.Year - Period.Start.Year) * 12 + receivedOn.Month - Period.Start.Month;
        bool inPeriod = month >= 0 && month < MonthCount;
        if (inPeriod) ByMonth[month]++;

        for (int s = 0; s < ncat; s++)
        {
            if (Layout.Categorical[s].Multiple)
            {
                ulong mask = catMask[s];
                if (mask == 0) continue;
                Answered[s]++;
                var counts = OptionCounts[s];
                while (mask != 0)
                {
                    int o = System.Numerics.BitOperations.TrailingZeroCount(mask);
                    counts[o]++;
                    mask &= mask - 1;
                }
            }
            else if (catValue[s] > 0)
            {
                Answered[s]++;
                OptionCounts[s][catValue[s] - 1]++;
            }
        }

        int items = ratingValue.Length, width = Layout.RatingMax + 1;
        bool rated = false;
        for (int i = 0; i < items; i++)
        {
            RatingCounts[i * width + ratingValue[i]]++;
            if (ratingValue[i] > 0) rated = true;
        }
        if (rated)
        {
            if (rowLength + items > rows.Length) Array.Resize(ref rows, rows.Length * 2);
            ratingValue.CopyTo(rows, rowLength);
            rowLength += items;
            if (inPeriod)
            {
                MonthRated[month]++;
                if (IsDissatisfied(ratingValue)) MonthDissatisfied[month]++;
            }
        }
        if (inPeriod)
            for (int i = 0; i < items; i++) MonthRatingCounts[(month * items + i) * width + ratingValue[i]]++;

        for (int d = 0; d < 4; d++)
        {
            int group = d == (int)BreakdownDimension.Channel ? (int)channel - 1
                : Layout.DimensionSlots[d] is var ds and >= 0 ? catValue[ds] - 1 : -1;
            if (group < 0) continue;
            GroupResponses[d][group]++;
            if (rated) groupRated[d][group]++;
            var gr = GroupRatingCounts[d];
            int baseIndex = group * items * width;
            for (int i = 0; i < items; i++) gr[baseIndex + i * width + ratingValue[i]]++;
            var ga = GroupAnswered[d];
            var go = GroupOptionCounts[d][group];
            for (int s = 0; s < ncat; s++)
            {
                if (Layout.Categorical[s].Multiple)
                {
                    ulong mask = catMask[s];
                    if (mask == 0) continue;
                    ga[group * ncat + s]++;
                    while (mask != 0)
                    {
                        int o = System.Numerics.BitOperations.TrailingZeroCount(mask);
                        go[optionOffset[s] + o]++;
                        mask &= mask - 1;
                    }
                }
                else if (catValue[s] > 0)
                {
                    ga[group * ncat + s]++;
                    go[optionOffset[s] + catValue[s] - 1]++;
                }
            }
        }
        return true;
    }

    /// <summary>
    /// Adds the counts of <paramref name="other"/> (same layout and period, filled from other
    /// responses) to this tally, so that a pass split over several readers gives the same figures
    /// as one pass. The rows of ratings are appended; every figure taken from them is independent
    /// of row order.
    /// </summary>
    public void MergeFrom(ResponseTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(other.Layout, Layout) || other.Period != Period)
            throw new ArgumentException("Only tallies of the same layout and period can be merged.", nameof(other));
        Responses += other.Responses;
        UnknownCodes += other.UnknownCodes;
        Add(Answered, other.Answered);
        for (int s = 0; s < OptionCounts.Length; s++) Add(OptionCounts[s], other.OptionCounts[s]);
        Add(RatingCounts, other.RatingCounts);
        Add(ByChannel, other.ByChannel);
        Add(ByMonth, other.ByMonth);
        Add(MonthRatingCounts, other.MonthRatingCounts);
        Add(MonthRated, other.MonthRated);
        Add(MonthDissatisfied, other.MonthDissatisfied);
        for (int d = 0; d < 4; d++)
        {
            Add(GroupResponses[d], other.GroupResponses[d]);
            Add(groupRated[d], other.groupRated[d]);
            Add(GroupRatingCounts[d], other.GroupRatingCounts[d]);
            Add(GroupAnswered[d], other.GroupAnswered[d]);
            for (int g = 0; g < GroupOptionCounts[d].Length; g++) Add(GroupOptionCounts[d][g], other.GroupOptionCounts[d][g]);
        }
        if (rowLength + other.rowLength > rows.Length) Array.Resize(ref rows, Math.Max(rows.Length * 2, rowLength + other.rowLength));
        Array.Copy(other.rows, 0, rows, rowLength, other.rowLength);
        rowLength += other.rowLength;

        static void Add(int[] into, int[] from)
        {
            for (int i = 0; i < into.Length; i++) into[i] += from[i];
        }
    }

    /// <summary>True when the last added response chose option <paramref name="option"/> of <paramref name="slot"/> (for collecting "other" texts).</summary>
    public bool LastChose(int slot, int option) =>
        slot >= 0 && option >= 0 && (Layout.Categorical[slot].Multiple ? (catMask[slot] & (1UL << option)) != 0 : catValue[slot] == option + 1);

    public RatingSummary RatingSummaryOf(int item) => RatingSummary.From(RatingCounts.AsSpan(item * (Layout.RatingMax + 1), Layout.RatingMax + 1));

    public RatingSummary MonthRatingSummary(int month, int item)
    {
        int width = Layout.RatingMax + 1, items = Layout.RatingItems.Count;
        return RatingSummary.From(MonthRatingCounts.AsSpan((month * items + item) * width, width));
    }

    public RatingSummary GroupRatingSummary(BreakdownDimension d, int group, int item)
    {
        int width = Layout.RatingMax + 1, items = Layout.RatingItems.Count;
        return RatingSummary.From(GroupRatingCounts[(int)d].AsSpan((group * items + item) * width, width));
    }

    public CategoricalSummary CategoricalOf(int slot) =>
        CategoricalSummary.FromCounts(Layout.Categorical[slot].Options, OptionCounts[slot], Answered[slot], Responses - Answered[slot]);

    public CategoricalSummary GroupCategorical(BreakdownDimension d, int group, int slot)
    {
        var k = Layout.Categorical[slot];
        int answered = GroupAnswered[(int)d][group * Layout.Categorical.Count + slot];
        return CategoricalSummary.FromCounts(k.Options, GroupOptionCounts[(int)d][group].AsSpan(optionOffset[slot], k.Options.Length), answered, GroupResponses[(int)d][group] - answered);
    }
}
