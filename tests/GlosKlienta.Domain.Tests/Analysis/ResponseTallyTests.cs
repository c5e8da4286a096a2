using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Domain.Tests.Survey;

namespace GlosKlienta.Domain.Tests.Analysis;

/// <summary>The streaming tally counts exactly what the stored answers say (expected values counted by hand from the rows below).</summary>
public sealed class ResponseTallyTests
{
    private static readonly SurveyDefinition F1 = SeedF1.Definition;
    private static readonly ReportingPeriod H1 = ReportingPeriod.Parse("2026H1");

    private static ResponseTally Tally(params (Channel Channel, string Date, string Choices)[] rows)
    {
        var t = new ResponseTally(new TallyLayout(F1), H1);
        foreach (var (c, d, s) in rows) t.Add(1, c, DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture), s);
        return t;
    }

    [Fact]
    public void Add_CountsChoicesRatingsAndBlanks()
    {
        var t = Tally(
            (Channel.Online, "2026-01-10", "plec=kobieta;komorka=usc;termin=nie;trudnosci=brak-informacji,inne;oceny.uprzejmosc=5;oceny.sprawnosc=2"),
            (Channel.Paper, "2026-02-01", "plec=mezczyzna;komorka=usc;termin=tak;trudnosci=brak;oceny.uprzejmosc=4"),
            (Channel.Paper, "2026-02-03", ""));
        var layout = t.Layout;
        Assert.Equal(3, t.Responses);
        Assert.Equal([1, 0, 2], t.ByChannel);
        Assert.Equal([1, 2, 0, 0, 0, 0], t.ByMonth);
        var sex = t.CategoricalOf(layout.SlotOf("plec"));
        Assert.Equal(2, sex.Answered);
        Assert.Equal(1, sex.Blank);
        var difficulties = t.CategoricalOf(layout.SlotOf("trudnosci"));
        Assert.Equal(2, difficulties.Answered);
        Assert.Equal(1, difficulties.Find("inne")!.Count);
        Assert.Equal(1, difficulties.Find("brak")!.Count);
        var courtesy = t.RatingSummaryOf(0);
        Assert.Equal(2, courtesy.N);
        Assert.Equal(1, courtesy.Blank);
        Assert.Equal(4.5, courtesy.Mean);
        // Two respondents rated something; the first had a 2, so is dissatisfied (January).
        Assert.Equal(2 * 5, t.RatingRows.Length);
        Assert.Equal([1, 1, 0, 0, 0, 0], t.MonthRated);
        Assert.Equal([1, 0, 0, 0, 0, 0], t.MonthDissatisfied);
        int usc = layout.Categorical[layout.SlotOf("komorka")].Options.ToList().IndexOf("usc");
        Assert.Equal(2, t.GroupResponses[(int)BreakdownDimension.Unit][usc]);
        var onTimeUsc = t.GroupCategorical(BreakdownDimension.Unit, usc, layout.OnTimeSlot);
        Assert.Equal(2, onTimeUsc.Answered);
        Assert.Equal(1, onTimeUsc.Find("nie")!.Count);
    }

    [Fact]
    public void Add_WithUnitFilter_SkipsOtherUnits()
    {
        var t = new ResponseTally(new TallyLayout(F1), H1);
        int slot = t.Layout.SlotOf("komorka");
        int usc = t.Layout.Categorical[slot].Options.ToList().IndexOf("usc");
        Assert.True(t.Add(1, Channel.Online, new DateOnly(2026, 1, 1), "komorka=usc;oceny.uprzejmosc=5", usc));
        Assert.False(t.Add(1, Channel.Online, new DateOnly(2026, 1, 1), "komorka=finansowy;oceny.uprzejmosc=1", usc));
        Assert.False(t.Add(1, Channel.Online, new DateOnly(2026, 1, 1), "oceny.uprzejmosc=1", usc));
        Assert.Equal(1, t.Responses);
        Assert.Equal(5, t.RatingSummaryOf(0).Mean);
    }

    [Fact]
    public void Add_UnknownCodesAreLeftOutAndCounted()
    {
        var t = Tally((Channel.Online, "2026-03-01", "plec=inna;oceny.uprzejmosc=7;nieznane=x"));
        Assert.Equal(2, t.UnknownCodes);
        Assert.Equal(0, t.CategoricalOf(t.Layout.SlotOf("plec")).Answered);
        Assert.Equal(0, t.RatingSummaryOf(0).N);
    }

    [Fact]
    public void Exclude_LeavesIncomparableAnswersOfAVersionOut()
    {
        var t = new ResponseTally(new TallyLayout(F1), H1);
        t.Exclude(7, ["plec", "oceny.sprawnosc"]);
        t.Add(7, Channel.Online, new DateOnly(2026, 1, 1), "plec=kobieta;oceny.sprawnosc=1;oceny.uprzejmosc=5");
        t.Add(1, Channel.Online, new DateOnly(2026, 1, 1), "plec=kobieta;oceny.sprawnosc=1");
        Assert.Equal(1, t.CategoricalOf(t.Layout.SlotOf("plec")).Answered);
        Assert.Equal(1, t.RatingSummaryOf(1).N);
        Assert.Equal(1, t.RatingSummaryOf(0).N);
    }

    [Fact]
    public void IsDissatisfied_MeansAtLeastOneRatingOfOneOrTwo()
    {
        Assert.True(ResponseTally.IsDissatisfied([5, 5, 2, 0, 5]));
        Assert.True(ResponseTally.IsDissatisfied([1]));
        Assert.False(ResponseTally.IsDissatisfied([3, 3, 0, 4, 5]));
        Assert.False(ResponseTally.IsDissatisfied([0, 0, 0, 0, 0]));
    }

    [Fact]
    public void MergeFrom_TwoHalvesOfTheRows_GivesTheSameCountsAsOnePass()
    {
        (Channel, string, string)[] rows =
        [
            (Channel.Online, "2026-01-10", "plec=kobieta;komorka=usc;termin=nie;trudnosci=brak-informacji,inne;oceny.uprzejmosc=5;oceny.sprawnosc=2"),
            (Channel.Paper, "2026-02-01", "plec=mezczyzna;komorka=usc;termin=tak;trudnosci=brak;oceny.uprzejmosc=4"),
            (Channel.Kiosk, "2026-03-15", "komorka=finansowy;oceny.uprzejmosc=1;oceny.sprawnosc=1"),
            (Channel.Paper, "2026-06-30", ""),
            (Channel.Online, "2026-05-02", "plec=kobieta;trudnosci=inne;oceny.sprawnosc=3"),
        ];
        var whole = Tally(rows);
        var first = Tally(rows[..2]);
        var second = new ResponseTally(first.Layout, H1);
        foreach (var (c, d, x) in rows[2..]) second.Add(1, c, DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture), x);

        first.MergeFrom(second);

        Assert.Equal(whole.Responses, first.Responses);
        Assert.Equal(whole.Answered, first.Answered);
        Assert.Equal(whole.OptionCounts, first.OptionCounts);
        Assert.Equal(whole.RatingCounts, first.RatingCounts);
        Assert.Equal(whole.ByChannel, first.ByChannel);
        Assert.Equal(whole.ByMonth, first.ByMonth);
        Assert.Equal(whole.MonthRatingCounts, first.MonthRatingCounts);
        Assert.Equal(whole.MonthRated, first.MonthRated);
        Assert.Equal(whole.MonthDissatisfied, first.MonthDissatisfied);
        Assert.Equal(whole.GroupResponses, first.GroupResponses);
        Assert.Equal(whole.GroupRatingCounts, first.GroupRatingCounts);
        Assert.Equal(whole.GroupAnswered, first.GroupAnswered);
        Assert.Equal(whole.GroupOptionCounts, first.GroupOptionCounts);
        Assert.Equal(whole.RatingRows.ToArray(), first.RatingRows.ToArray());
        Assert.Equal(whole.GroupRated(BreakdownDimension.Channel, 2), first.GroupRated(BreakdownDimension.Channel, 2));
    }

    [Fact]
    public void MergeFrom_AnotherPeriod_IsRefused()
    {
        var h1 = Tally();
        var h2 = new ResponseTally(h1.Layout, ReportingPeriod.Parse("2026H2"));
        Assert.Throws<ArgumentException>(() => h1.MergeFrom(h2));
    }

    [Theory]
    // stored answers  |  expected: sex answered, difficulties counted (brak, brak-informacji, inne), unit, unknown codes
    [InlineData("plec=kobieta;trudnosci=brak-informacji,inne;komorka=usc", 1, 0, 1, 1, "usc", 0)]
    [InlineData("komorka=usc;trudnosci=brak;plec=kobieta", 1, 1, 0, 0, "usc", 0)]                       // keys out of the form's order
    [InlineData("plec=kobieta;;trudnosci=inne,,brak-informacji,", 1, 0, 1, 1, null, 1)]              // empty pair ignored; empty code between commas unknown; trailing comma nothing
    [InlineData("plec=;trudnosci=", 0, 0, 0, 0, null, 0)]                                            // empty answers are blanks
    [InlineData("plecx=kobieta;=x;plec;nieznane=1,2", 0, 0, 0, 0, null, 0)]                          // unknown or malformed keys are skipped
    [InlineData("plec=kobieta=x;komorka=uśc", 0, 0, 0, 0, null, 2)]                                  // a code that is no option (also non-ASCII) is unknown
    [InlineData("komorka=usc;komorka=finansowy", 0, 0, 0, 0, "finansowy", 0)]                         // a single choice repeated: the last one
    [InlineData("trudnosci=brak-informacjix,brak", 0, 1, 0, 0, null, 1)]                             // an option's code as a prefix is not that option
    public void Add_ParsesStoredAnswersExactly(string choices, int sex, int none, int noInformation, int other, string? unit, int unknown)
    {
        foreach (var asBytes in new[] { false, true })
        {
            var t = new ResponseTally(new TallyLayout(F1), H1);
            var day = new DateOnly(2026, 2, 2);
            if (asBytes) t.Add(1, Channel.Online, day, System.Text.Encoding.UTF8.GetBytes(choices));
            else t.Add(1, Channel.Online, day, choices);

            var layout = t.Layout;
            Assert.Equal(sex, t.CategoricalOf(layout.SlotOf("plec")).Answered);
            var difficulties = t.CategoricalOf(layout.SlotOf("trudnosci"));
            Assert.Equal(none, difficulties.Find("brak")!.Count);
            Assert.Equal(noInformation, difficulties.Find("brak-informacji")!.Count);
            Assert.Equal(other, difficulties.Find("inne")!.Count);
            var units = t.CategoricalOf(layout.SlotOf("komorka"));
            Assert.Equal(unit is null ? 0 : 1, units.Answered);
            if (unit is not null) Assert.Equal(1, units.Find(unit)!.Count);
            Assert.Equal(unknown, t.UnknownCodes);
        }
    }

    [Theory]
    [InlineData("oceny.uprzejmosc=5", 5, 0)]
    [InlineData("oceny.uprzejmosc=05", 5, 0)]
    [InlineData("oceny.uprzejmosc=6", 0, 1)]
    [InlineData("oceny.uprzejmosc=0", 0, 1)]
    [InlineData("oceny.uprzejmosc=4,5", 0, 1)]
    [InlineData("oceny.uprzejmosc=x", 0, 1)]
    [InlineData("oceny.uprzejmosc=", 0, 1)]
    [InlineData("oceny.sprawnosc=2;oceny.uprzejmosc=3", 3, 0)]
    public void Add_ReadsRatingsOfOneOrTwoDigitsInTheScale(string choices, int courtesy, int unknown)
    {
        var t = Tally((Channel.Kiosk, "2026-04-01", choices));
        Assert.Equal(courtesy == 0 ? 0 : 1, t.RatingSummaryOf(0).N);
        if (courtesy > 0) Assert.Equal(courtesy, t.RatingSummaryOf(0).Mean);
        Assert.Equal(unknown, t.UnknownCodes);
    }

    [Fact]
    public void TotalsOnly_CountsWhatAComparisonReads_AndNothingElse()
    {
        (Channel, string, string)[] rows =
        [
            (Channel.Online, "2026-01-10", "plec=kobieta;komorka=usc;termin=nie;trudnosci=brak-informacji,inne;oceny.uprzejmosc=5;oceny.sprawnosc=2"),
            (Channel.Paper, "2026-02-01", "plec=mezczyzna;komorka=usc;termin=tak;trudnosci=brak;oceny.uprzejmosc=4"),
        ];
        var full = Tally(rows);
        var totals = new ResponseTally(full.Layout, H1, totalsOnly: true);
        foreach (var (c, d, x) in rows) totals.Add(1, c, DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture), x);

        Assert.True(totals.TotalsOnly);
        Assert.Equal(full.Responses, totals.Responses);
        Assert.Equal(full.Answered, totals.Answered);
        Assert.Equal(full.OptionCounts, totals.OptionCounts);
        Assert.Equal(full.RatingCounts, totals.RatingCounts);
        Assert.Equal(full.ByChannel, totals.ByChannel);
        Assert.Equal(0, totals.RatingRows.Length);
        Assert.All(totals.GroupResponses, g => Assert.All(g, n => Assert.Equal(0, n)));
        Assert.All(totals.MonthRated, n => Assert.Equal(0, n));
        Assert.Throws<ArgumentException>(() => full.MergeFrom(totals));
        Assert.Throws<ArgumentException>(() => F2Analysis.Compute(new F2Inputs(totals, null, null, new Dictionary<string, IReadOnlyList<string>>(), [])));
    }

    /// <summary>
    /// The tally's byte-level reading (<see cref="StoredChoices.Scan{TSink}"/>) counts exactly what
    /// the string reader (<see cref="StoredChoices.Pairs"/>) reads, on well-formed rows and on rows
    /// damaged in every way a hand edit could: the reference below counts from the pairs.
    /// </summary>
    [Fact]
    public void Add_CountsWhatTheStringReaderReads_OnRandomAndDamagedRows()
    {
        var layout = new TallyLayout(F1);
        string[] keys = [.. layout.Categorical.Select(k => k.Key), .. layout.RatingItems.Select(i => ResponseAnswers.ItemKey(layout.RatingQuestion!.Code, i)), "nieznane", "plecx", ""];
        var random = new Random(20261205);
        for (int row = 0; row < 5000; row++)
        {
            var sb = new System.Text.StringBuilder();
            int pairs = random.Next(0, 8);
            for (int p = 0; p < pairs; p++)
            {
                if (p > 0) sb.Append(random.Next(12) == 0 ? ";;" : ";");
                var key = keys[random.Next(keys.Length)];
                sb.Append(key);
                if (random.Next(15) == 0) continue; // no '='
                sb.Append('=');
                int values = random.Next(0, 4);
                for (int v = 0; v < values; v++)
                {
                    if (v > 0) sb.Append(',');
                    sb.Append(RandomValue(layout, key, random));
                }
            }
            if (random.Next(10) == 0) sb.Append(';');
            var stored = sb.ToString();

            var tally = new ResponseTally(layout, H1);
            tally.Add(1, Channel.Online, new DateOnly(2026, 3, 3), stored);
            var (options, ratings, unknown, malformed) = Reference(layout, stored);

            for (int s = 0; s < layout.Categorical.Count; s++)
                Assert.True(options[s].SequenceEqual(tally.OptionCounts[s]), $"options of {layout.Categorical[s].Key} in '{stored}'");
            int width = layout.RatingMax + 1;
            for (int i = 0; i < layout.RatingItems.Count; i++)
                for (int v = 1; v <= layout.RatingMax; v++)
                    Assert.True(ratings[i] == v ? tally.RatingCounts[i * width + v] == 1 : tally.RatingCounts[i * width + v] == 0, $"rating {i} in '{stored}'");
            Assert.True(unknown == tally.UnknownCodes, $"unknown codes in '{stored}': {unknown} vs {tally.UnknownCodes}");
            Assert.True(malformed == tally.MalformedPairs, $"malformed in '{stored}'");
        }
    }

    private static string RandomValue(TallyLayout layout, string key, Random random)
    {
        int slot = layout.SlotOf(key);
        return random.Next(6) switch
        {
            0 => "",
            1 => "x" + random.Next(3),
            2 => random.Next(0, 12).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ when slot >= 0 => layout.Categorical[slot].Options[random.Next(layout.Categorical[slot].Options.Length)],
            _ => random.Next(1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The counts of one row read through <see cref="StoredChoices.Pairs"/>: a single choice keeps its last known option, a multiple choice all; a rating pair holds one value in the scale or is unknown; an empty value is unknown unless it ends its pair.</summary>
    private static (int[][] Options, int[] Ratings, int Unknown, int Malformed) Reference(TallyLayout layout, string stored)
    {
        var chosen = layout.Categorical.Select(k => new bool[k.Options.Length]).ToArray();
        var ratings = new int[layout.RatingItems.Count];
        int unknown = 0;
        var pairs = StoredChoices.Pairs(stored, out var malformed);
        foreach (var pair in pairs)
        {
            int item = layout.RatingQuestion is null ? -1 : layout.RatingItems.ToList().FindIndex(i => ResponseAnswers.ItemKey(layout.RatingQuestion.Code, i) == pair.Key);
            if (item >= 0)
            {
                var value = string.Join(',', pair.Values);
                if (value.Length is >= 1 and <= 2 && value.All(char.IsAsciiDigit) && int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) is var n && n >= 1 && n <= layout.RatingMax) ratings[item] = n;
                else unknown++;
                continue;
            }
            int slot = layout.SlotOf(pair.Key);
            if (slot < 0) continue;
            var k = layout.Categorical[slot];
            for (int v = 0; v < pair.Values.Count; v++)
            {
                int option = Array.IndexOf(k.Options, pair.Values[v]);
                if (option < 0)
                {
                    if (pair.Values[v].Length > 0 || v < pair.Values.Count - 1) unknown++;
                    continue;
                }
                if (!k.Multiple) Array.Clear(chosen[slot]);
                chosen[slot][option] = true;
            }
        }
        return (chosen.Select(c => c.Select(b => b ? 1 : 0).ToArray()).ToArray(), ratings, unknown, malformed);
    }
}
