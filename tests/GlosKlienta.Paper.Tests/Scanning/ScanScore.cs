using GlosKlienta.Paper.Scanning;

namespace GlosKlienta.Paper.Tests.Scanning;

/// <summary>
/// Every box's decision against what was drawn. Truth: a tick, cross, filled box or pencil mark is marked; no mark is
/// empty; a circled-out mark is not an answer (only the queue may take it); a mark beside a box is right only when queued.
/// A box counts as queued when its question or item went to the queue; a silent error is a wrong decision not queued.
/// </summary>
public sealed class ScanScore
{
    public int Boxes { get; private set; }
    public int Right { get; private set; }
    public int Queued { get; private set; }
    public int SilentErrors { get; private set; }
    public int UncertainBoxes { get; private set; }
    public int Questions { get; private set; }
    public int QueuedQuestions { get; private set; }
    public int Pages { get; private set; }
    public int PagesNotRead { get; private set; }
    public List<string> Errors { get; } = [];
    public Dictionary<MarkStyle, List<double>> Fills { get; } = [];

    public double RightShare => Boxes == 0 ? 0 : (double)(Right + Queued) / Boxes;
    public double QueuedShare => Boxes == 0 ? 0 : (double)UncertainBoxes / Boxes;
    public double QueuedQuestionShare => Questions == 0 ? 0 : (double)QueuedQuestions / Questions;

    public void Add(PageReading reading, IReadOnlyDictionary<string, MarkStyle> marks, string label)
    {
        Pages++;
        if (reading.Problem != PageProblem.None)
        {
            PagesNotRead++;
            Errors.Add($"{label}: page not read ({reading.Problem})");
            return;
        }
        var queuedKeys = reading.Questions.Where(q => q.Queued).Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
        Questions += reading.Questions.Count;
        QueuedQuestions += queuedKeys.Count;
        foreach (var box in reading.Boxes)
        {
            Boxes++;
            var style = marks.TryGetValue(box.Key, out var s) ? s : MarkStyle.None;
            if (!Fills.TryGetValue(style, out var list)) Fills[style] = list = [];
            list.Add(box.Fill);
            if (box.State == MarkState.Uncertain) UncertainBoxes++;
            bool queued = queuedKeys.Contains(box.Key[..box.Key.IndexOf('=', StringComparison.Ordinal)]);
            var truth = style switch
            {
                MarkStyle.Tick or MarkStyle.Cross or MarkStyle.Filled or MarkStyle.LightPencil => MarkState.Marked,
                MarkStyle.None => MarkState.Empty,
                _ => MarkState.Uncertain,
            };
            if (box.State == truth && truth != MarkState.Uncertain) Right++;
            else if (queued) Queued++;
            else
            {
                SilentErrors++;
                Errors.Add($"{label}: {box.Key} drawn {style}, read {box.State} (fill {box.Fill:0.000}) and not queued");
            }
        }
    }

    public string Summary() =>
        $"pages {Pages} (not read {PagesNotRead}), boxes {Boxes}: right {Right}, wrong but queued {Queued}, silent errors {SilentErrors}; " +
        $"decided right or queued {RightShare:P3}; uncertain boxes {QueuedShare:P2}; queued questions {QueuedQuestions}/{Questions} ({QueuedQuestionShare:P2})\n" +
        string.Join("\n", Fills.OrderBy(f => f.Key).Select(f => $"  {f.Key}: n={f.Value.Count} fill min {f.Value.Min():0.000} p5 {Pct(f.Value, 0.05):0.000} median {Pct(f.Value, 0.5):0.000} p95 {Pct(f.Value, 0.95):0.000} max {f.Value.Max():0.000}"));

    private static double Pct(List<double> v, double p)
    {
        var s = v.Order().ToList();
        return s[(int)Math.Min(s.Count - 1, p * s.Count)];
    }
}
