using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
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
    /// <summary>The option of <see cref="OnTime"/> that says "on time".</summary>
    public string OnTimeOption { get; init; } = "tak";
    /// <summary>The option of <see cref="OnTime"/> that says "not on time". Any other option ("not applicable: still in progress") is no answer about timeliness: shares of "not on time" are no / (yes + no).</summary>
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
        // Stored answers are ASCII codes (SurveyDefinition's code pattern) in the order the form asks
        // them, so the keys (with their '=') are kept as UTF-8 bytes in that order and tried from
        // where the last one was found: the next answer usually matches at the first comparison,
        // and no delimiter has to be searched for.
        var ordered = new List<(byte[] Key, int Slot)>();
        foreach (var q in definition.Questions)
        {
            if (q == RatingQuestion)
                for (int i = 0; i < RatingItems.Count; i++) ordered.Add((Encoding.UTF8.GetBytes(ResponseAnswers.ItemKey(q.Code, RatingItems[i])), RatingSlotBase + i));
            else if (q.Kind == QuestionKind.Matrix)
                foreach (var item in q.Items) ordered.Add((Encoding.UTF8.GetBytes(ResponseAnswers.ItemKey(q.Code, item.Code)), slotOfKey[ResponseAnswers.ItemKey(q.Code, item.Code)]));
            else if (q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice)
                ordered.Add((Encoding.UTF8.GetBytes(q.Code), slotOfKey[q.Code]));
        }
        keyEq = ordered.Select(o => o.Key.Append((byte)'=').ToArray()).ToArray();
        Multiple = keys.Select(k => k.Multiple).ToArray();
        keySlot = ordered.Select(o => o.Slot).ToArray();
        optionUtf8 = keys.Select(k => k.Options.Select(Encoding.UTF8.GetBytes).ToArray()).ToArray();

        DimensionSlots = [SlotOf(Questions.Unit), -1, SlotOf(Questions.Age), SlotOf(Questions.Sex)];
        OnTimeSlot = SlotOf(Questions.OnTime);
        NotOnTimeOption = OnTimeSlot < 0 ? -1 : Array.IndexOf(Categorical[OnTimeSlot].Options, Questions.NotOnTimeOption);
        OnTimeOption = OnTimeSlot < 0 ? -1 : Array.IndexOf(Categorical[OnTimeSlot].Options, Questions.OnTimeOption);
        DifficultySlot = SlotOf(Questions.Difficulties);
    }

    /// <summary>Rating items are looked up in the same table, from this slot number on.</summary>
    internal const int RatingSlotBase = 1 << 20;

    public sealed record CategoricalKey(string Key, Question Question, QuestionItem? Item, string[] Options, bool Multiple);

    private readonly Dictionary<string, int> slotOfKey;
    private readonly byte[][] keyEq;
    /// <summary>Per categorical slot: a multiple-choice question (the tally's copy of <see cref="CategoricalKey.Multiple"/>, read per answer).</summary>
    internal bool[] Multiple { get; }
    private readonly int[] keySlot;
    private readonly byte[][][] optionUtf8;

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
    public int OnTimeOption { get; }
    /// <summary>Whether question 6 can be read as timeliness: the question and both its "yes" and "no" options exist.</summary>
    public bool HasTimeliness => OnTimeSlot >= 0 && NotOnTimeOption >= 0 && OnTimeOption >= 0;
    public int DifficultySlot { get; }

    public int SlotOf(string key) => slotOfKey.TryGetValue(key, out var s) && s < RatingSlotBase ? s : -1;

    /// <summary>
    /// The slot of the key that <paramref name="rest"/> starts with (key and '='): categorical, or
    /// <see cref="RatingSlotBase"/> + rating item; −1 when none. The search starts at
    /// <paramref name="cursor"/>, which then moves past the key found.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int MatchKey(ReadOnlySpan<byte> rest, ref int cursor, out int length)
    {
        int n = keyEq.Length;
        for (int k = 0; k < n; k++)
        {
            int i = cursor + k;
            if (i >= n) i -= n;
            var key = keyEq[i];
            if (rest.StartsWith(key))
            {
                cursor = i + 1;
                length = key.Length;
                return keySlot[i];
            }
        }
        length = 0;
        return -1;
    }

    /// <summary>The option of <paramref name="slot"/> whose code <paramref name="rest"/> starts with, followed by ',' or ';' or the end; −1 when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int MatchOption(int slot, ReadOnlySpan<byte> rest, out int length)
    {
        var options = optionUtf8[slot];
        for (int i = 0; i < options.Length; i++)
        {
            var o = options[i];
            if (rest.StartsWith(o) && (rest.Length == o.Length || rest[o.Length] is (byte)',' or (byte)';'))
            {
                length = o.Length;
                return i;
            }
        }
        length = 0;
        return -1;
    }

    /// <summary>Number of groups of a breakdown dimension.</summary>
    public int GroupCount(BreakdownDimension d) => d == BreakdownDimension.Channel ? 3
        : DimensionSlots[(int)d] is var s and >= 0 ? Categorical[s].Options.Length : 0;
}

/// <summary>
/// Counts for one period, filled in a single streaming pass over the stored compact answers
/// (<see cref="StoredChoices"/>): every figure of the F2 comes from these arrays.
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

    /// <param name="layout">The shape of the counts.</param>
    /// <param name="period">The period whose responses are added.</param>
    /// <param name="totalsOnly">
    /// For a baseline of a comparison: only what a comparison reads is counted (responses, channels,
    /// months, answered, option and rating counts); no per-month ratings, breakdowns or rows of
    /// ratings, which costs a third of the time of a full tally.
    /// </param>
    public ResponseTally(TallyLayout layout, ReportingPeriod period, bool totalsOnly = false)
    {
        ArgumentNullException.ThrowIfNull(layout);
        Layout = layout;
        Period = period;
        TotalsOnly = totalsOnly;
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
        MonthOnTime = new int[MonthCount];
        MonthNotOnTime = new int[MonthCount];
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
        optionTotal = layout.Categorical.Sum(k => k.Options.Length);
        optionOffset = new int[slots];
        for (int s = 1; s < slots; s++) optionOffset[s] = optionOffset[s - 1] + layout.Categorical[s - 1].Options.Length;
    }

    private readonly int[] optionOffset;
    private readonly int optionTotal;
    private readonly int[][] groupRated;

    /// <summary>Respondents of a group who rated at least one item.</summary>
    public int GroupRated(BreakdownDimension d, int group) => groupRated[(int)d][group];

    public TallyLayout Layout { get; }
    public ReportingPeriod Period { get; }
    /// <summary>A baseline's tally: no per-month ratings, breakdowns or rows of ratings (see the constructor).</summary>
    public bool TotalsOnly { get; }
    public int MonthCount { get; }
    public int Responses { get; private set; }
    /// <summary>Answers whose stored code the layout's definition does not know (an older version's option): left out, counted here.</summary>
    public int UnknownCodes { get; private set; }
    /// <summary>Stored segments with no key before their '=' (<see cref="StoredChoices"/>): left out, counted here.</summary>
    public int MalformedPairs { get; private set; }
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
    /// <summary>Per month, respondents who answered "on time" (yes) and "not on time" (no) in question 6.</summary>
    public int[] MonthOnTime { get; }
    /// <inheritdoc cref="MonthOnTime"/>
    public int[] MonthNotOnTime { get; }
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
    /// Counts one response whose compact answers (<see cref="StoredChoices"/>) are
    /// given as text. Returns false when the response does not pass <paramref name="unitFilter"/>
    /// (an option index of the unit question, −1 = all).
    /// </summary>
    public bool Add(int versionId, Channel channel, DateOnly receivedOn, ReadOnlySpan<char> choices, int unitFilter = -1)
    {
        int length = Encoding.UTF8.GetMaxByteCount(choices.Length);
        byte[]? rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> utf8 = rented is null ? stackalloc byte[1024] : rented;
            int written = Encoding.UTF8.GetBytes(choices, utf8);
            return Add(versionId, channel, receivedOn, (ReadOnlySpan<byte>)utf8[..written], unitFilter);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Counts one response whose compact answers are given as the UTF-8 bytes the database stores
    /// (no string is made): the answers are parsed into the scratch slots, then counted. Returns
    /// false when the response does not pass <paramref name="unitFilter"/>. Compiled optimised at
    /// once (as are the lookups it calls): it runs a million times in the first F2 after start,
    /// which would otherwise spend its first part in unoptimised code.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(int versionId, Channel channel, DateOnly receivedOn, ReadOnlySpan<byte> choices, int unitFilter = -1)
    {
        Array.Clear(catValue);
        Array.Clear(catMask);
        Array.Clear(ratingValue);
        excluded.TryGetValue(versionId, out var skip);
        int ncat = catValue.Length;
        var sink = new Sink(Layout, skip, catValue, catMask, ratingValue);
        StoredChoices.Scan(choices, ref sink);
        UnknownCodes += sink.Unknowns;
        MalformedPairs += sink.MalformedPairs;

        var dimensionSlots = Layout.DimensionSlots;
        int unitSlot = dimensionSlots[(int)BreakdownDimension.Unit];
        if (unitFilter >= 0 && (unitSlot < 0 || catValue[unitSlot] != unitFilter + 1)) return false;

        // The answers as two short lists: the slots answered and the options chosen (index into
        // the options of all slots in order), so every count below touches only what was given.
        var multipleOf = Layout.Multiple;
        Span<int> answered = stackalloc int[ncat];
        Span<int> chosen = stackalloc int[optionTotal];
        int na = 0, nc = 0;
        for (int s = 0; s < ncat; s++)
        {
            if (multipleOf[s])
            {
                ulong mask = catMask[s];
                if (mask == 0) continue;
                answered[na++] = s;
                var counts = OptionCounts[s];
                while (mask != 0)
                {
                    int o = System.Numerics.BitOperations.TrailingZeroCount(mask);
                    counts[o]++;
                    chosen[nc++] = optionOffset[s] + o;
                    mask &= mask - 1;
                }
            }
            else if (catValue[s] > 0)
            {
                answered[na++] = s;
                OptionCounts[s][catValue[s] - 1]++;
                chosen[nc++] = optionOffset[s] + catValue[s] - 1;
            }
        }
        answered = answered[..na];
        chosen = chosen[..nc];
        foreach (var s in answered) Answered[s]++;

        Responses++;
        ByChannel[(int)channel - 1]++;
        int month = (receivedOn.Year - Period.Start.Year) * 12 + receivedOn.Month - Period.Start.Month;
        bool inPeriod = month >= 0 && month < MonthCount;
        if (inPeriod) ByMonth[month]++;

        int items = ratingValue.Length, width = Layout.RatingMax + 1;
        bool rated = false;
        for (int i = 0; i < items; i++)
        {
            RatingCounts[i * width + ratingValue[i]]++;
            if (ratingValue[i] > 0) rated = true;
        }
        if (TotalsOnly) return true;
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
        {
            int onTimeSlot = Layout.OnTimeSlot;
            if (onTimeSlot >= 0 && catValue[onTimeSlot] is var answer and > 0)
            {
                if (answer - 1 == Layout.OnTimeOption) MonthOnTime[month]++;
                else if (answer - 1 == Layout.NotOnTimeOption) MonthNotOnTime[month]++;
            }
            int monthBase = month * items * width;
            for (int i = 0; i < items; i++) MonthRatingCounts[monthBase + i * width + ratingValue[i]]++;
        }

        for (int d = 0; d < 4; d++)
        {
            int group = d == (int)BreakdownDimension.Channel ? (int)channel - 1
                : dimensionSlots[d] is var ds and >= 0 ? catValue[ds] - 1 : -1;
            if (group < 0) continue;
            GroupResponses[d][group]++;
            if (rated) groupRated[d][group]++;
            var gr = GroupRatingCounts[d];
            int baseIndex = group * items * width;
            for (int i = 0; i < items; i++) gr[baseIndex + i * width + ratingValue[i]]++;
            var ga = GroupAnswered[d];
            int answeredBase = group * ncat;
            foreach (var s in answered) ga[answeredBase + s]++;
            var go = GroupOptionCounts[d][group];
            foreach (var o in chosen) go[o]++;
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
        if (!ReferenceEquals(other.Layout, Layout) || other.Period != Period || other.TotalsOnly != TotalsOnly)
            throw new ArgumentException("Only tallies of the same layout and period can be merged.", nameof(other));
        Responses += other.Responses;
        UnknownCodes += other.UnknownCodes;
        MalformedPairs += other.MalformedPairs;
        Add(Answered, other.Answered);
        for (int s = 0; s < OptionCounts.Length; s++) Add(OptionCounts[s], other.OptionCounts[s]);
        Add(RatingCounts, other.RatingCounts);
        Add(ByChannel, other.ByChannel);
        Add(ByMonth, other.ByMonth);
        Add(MonthRatingCounts, other.MonthRatingCounts);
        Add(MonthRated, other.MonthRated);
        Add(MonthDissatisfied, other.MonthDissatisfied);
        Add(MonthOnTime, other.MonthOnTime);
        Add(MonthNotOnTime, other.MonthNotOnTime);
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

    /// <summary>A stored rating of one or two decimal digits, or −1.</summary>
    /// <summary>
    /// Where <see cref="StoredChoices.Scan{TSink}"/> puts one response's answers: the scratch slots
    /// of the tally (single choice: option + 1, multiple: a mask, rating: the value), leaving out
    /// what the version's exclusions say is not comparable.
    /// </summary>
    private struct Sink(TallyLayout layout, bool[]? skip, int[] catValue, ulong[] catMask, int[] ratingValue) : StoredChoices.ISink
    {
        private int cursor;
        public int Unknowns;
        public int MalformedPairs;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int MatchKey(ReadOnlySpan<byte> rest, out int length) => layout.MatchKey(rest, ref cursor, out length);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly bool IsScale(int slot) => slot >= TallyLayout.RatingSlotBase;

        public void Scale(int slot, ReadOnlySpan<byte> value)
        {
            int item = slot - TallyLayout.RatingSlotBase;
            if (skip is not null && skip[catValue.Length + item]) return;
            int v = RatingValue(value);
            if (v >= 1 && v <= layout.RatingMax) ratingValue[item] = v;
            else Unknowns++;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly int MatchOption(int slot, ReadOnlySpan<byte> rest, out int length) => layout.MatchOption(slot, rest, out length);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void Option(int slot, int option)
        {
            if (skip is not null && skip[slot]) return;
            if (layout.Multiple[slot]) catMask[slot] |= 1UL << option;
            else catValue[slot] = option + 1;
        }

        public void Unknown(int slot)
        {
            if (skip is null || !skip[slot]) Unknowns++;
        }

        public void Malformed() => MalformedPairs++;
    }

    private static int RatingValue(ReadOnlySpan<byte> digits)
    {
        if (digits.Length is < 1 or > 2) return -1;
        int v = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9') return -1;
            v = v * 10 + (b - '0');
        }
        return v;
    }

    /// <summary>True when the last added response chose option <paramref name="option"/> of <paramref name="slot"/> (for collecting "other" texts).</summary>
    public bool LastChose(int slot, int option) =>
        slot >= 0 && option >= 0 && (Layout.Multiple[slot] ? (catMask[slot] & (1UL << option)) != 0 : catValue[slot] == option + 1);

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
