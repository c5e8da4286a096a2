using System.Security.Claims;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.SurveyVersions;

/// <summary>Where an approved version stands on a given day.</summary>
public enum LiveState
{
    /// <summary>Not approved (yet): never public.</summary>
    None,
    /// <summary>The version citizens see today.</summary>
    Live,
    /// <summary>Approved, with its first day still to come.</summary>
    Scheduled,
    /// <summary>Was live, replaced by a later one; its responses stay with it.</summary>
    Past,
}

/// <summary>The rules and words shared by the pages of procedure row 7 (survey versions).</summary>
public static class Versions
{
    public const string SubjectType = "SurveyVersion";
    public const string Created = "survey-version.created";
    public const string Edited = "survey-version.edited";
    public const string Translated = "survey-version.translated";
    public const string Submitted = "survey-version.submitted";
    public const string Approved = "survey-version.approved";
    public const string Returned = "survey-version.returned";

    public static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public static string ListPath => "/personel/ankiety";
    public static string DetailsPath(int id) => "/personel/ankiety/" + id.ToString(CultureInfo.InvariantCulture);

    public static bool IsEditable(SurveyVersionStatus status) => status is SurveyVersionStatus.Draft or SurveyVersionStatus.Returned;

    /// <summary>
    /// The id of the live version by the rule the public page follows (<see cref="LiveVersion"/>).
    /// </summary>
    public static int? LiveId(IEnumerable<SurveyVersion> versions, DateOnly today) =>
        LiveVersion.On(versions.Where(v => v.Status == SurveyVersionStatus.Approved), today, v => v.LiveFrom, v => v.Number)?.Id;

    public static LiveState StateOf(SurveyVersion v, int? liveId, DateOnly today) =>
        v.Status != SurveyVersionStatus.Approved || v.LiveFrom is null ? LiveState.None
        : v.Id == liveId ? LiveState.Live
        : v.LiveFrom > today ? LiveState.Scheduled
        : LiveState.Past;

    /// <summary>
    /// Moves a version on only if it still stands where the caller saw it: a no-op update guarded by
    /// the status claims the row inside the caller's transaction, so two decisions on one version
    /// (an approval and a return, an edit and a submission) cannot both win.
    /// </summary>
    public static async Task<bool> ClaimAsync(AppDbContext db, int id, IReadOnlyCollection<SurveyVersionStatus> from, CancellationToken cancellationToken) =>
        await db.SurveyVersions.Where(v => v.Id == id && from.Contains(v.Status))
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, v => v.Status), cancellationToken) == 1;

    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static string Status(IStringLocalizer text, SurveyVersionStatus status) => text["Versions.Status." + status];

    public static string LiveLabel(IStringLocalizer text, LiveState state, DateOnly? liveFrom) => state switch
    {
        LiveState.None => "",
        LiveState.Live => text["Versions.Live.Live"],
        LiveState.Scheduled => text["Versions.Live.Scheduled", PolishDates.Day(liveFrom)],
        LiveState.Past => text["Versions.Live.Past"],
    };

    /// <summary>A history line for an audit action of a version: <c>survey-version.approved</c> reads "zatwierdzenie".</summary>
    public static string HistoryLabel(IStringLocalizer text, string action)
    {
        var label = text["Versions.History." + action[(action.IndexOf('.', StringComparison.Ordinal) + 1)..]];
        return label.ResourceNotFound ? action : label.Value;
    }



    /// <summary>How the question is answered, in words for the editor.</summary>
    public static string KindText(IStringLocalizer text, Question q) => q.Kind switch
    {
        QuestionKind.SingleChoice => text["Versions.Kind.SingleChoice"],
        QuestionKind.MultipleChoice => text["Versions.Kind.MultipleChoice"],
        QuestionKind.Rating => text["Versions.Kind.Rating", q.Scale?.Min ?? 0, q.Scale?.Max ?? 0],
        QuestionKind.Matrix => text["Versions.Kind.Matrix"],
        QuestionKind.Text => text["Versions.Kind.Text"],
    };

    /// <summary>"4" for a numbered question, „UWAGI” for one without a number.</summary>
    public static string QuestionName(Question q) => q.Number ?? "„" + q.Text + "”";

    /// <summary>A difference in words, with the texts of the versions on both sides.</summary>
    public static string Describe(IStringLocalizer text, SurveyDifference d, SurveyDefinition before, SurveyDefinition after)
    {
        var qBefore = before.Find(d.QuestionCode);
        var qAfter = after.Find(d.QuestionCode);
        var q = (qAfter ?? qBefore)!;
        var name = QuestionName(q);
        string OptionOrItem(Question? question) =>
            question?.Options.FirstOrDefault(o => o.Code == d.Code)?.Text
            ?? question?.Items.FirstOrDefault(i => i.Code == d.Code)?.Text
            ?? d.Code ?? "";
        return d.Kind switch
        {
            DifferenceKind.QuestionRemoved => text["Versions.Diff.QuestionRemoved", name],
            DifferenceKind.QuestionAdded => text["Versions.Diff.QuestionAdded", name],
            DifferenceKind.KindChanged => text["Versions.Diff.KindChanged", name],
            DifferenceKind.OptionRemoved => text["Versions.Diff.OptionRemoved", name, OptionOrItem(qBefore)],
            DifferenceKind.OptionAdded => text["Versions.Diff.OptionAdded", name, OptionOrItem(qAfter)],
            DifferenceKind.ItemRemoved => text["Versions.Diff.ItemRemoved", name, OptionOrItem(qBefore)],
            DifferenceKind.ItemAdded => text["Versions.Diff.ItemAdded", name, OptionOrItem(qAfter)],
            DifferenceKind.ScaleChanged => text["Versions.Diff.ScaleChanged", name, Scale(qBefore), Scale(qAfter)],
            DifferenceKind.ExclusiveChanged => text["Versions.Diff.ExclusiveChanged", name, OptionOrItem(qAfter)],
            DifferenceKind.FreeTextChanged => text["Versions.Diff.FreeTextChanged", name],
            DifferenceKind.WordingChanged when d.Code is null => text["Versions.Diff.QuestionWording", name],
            DifferenceKind.WordingChanged => text["Versions.Diff.Wording", name, OptionOrItem(qBefore), OptionOrItem(qAfter)],
        };
    }

    /// <summary>Changes outside the questions (title, intro, thank-you), in words: notes, never about comparability.</summary>
    public static IReadOnlyList<string> GeneralChanges(IStringLocalizer text, SurveyDefinition before, SurveyDefinition after)
    {
        var list = new List<string>();
        if (before.Title != after.Title) list.Add(text["Versions.Compare.TitleChanged", before.Title, after.Title]);
        if (before.Intro != after.Intro) list.Add(text["Versions.Compare.IntroChanged"]);
        if (before.ThankYou != after.ThankYou) list.Add(text["Versions.Compare.ThankYouChanged", before.ThankYou, after.ThankYou]);
        return list;
    }

    private static string Scale(Question? q) => q?.Scale is { } s
        ? s.Min.ToString(CultureInfo.InvariantCulture) + "–" + s.Max.ToString(CultureInfo.InvariantCulture)
        : "–";
}
