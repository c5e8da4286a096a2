using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Web.Features.SurveyVersions;

/// <summary>
/// The field names of the draft edit form, and the problems of a draft in words, each tied to
/// the field to fix. Codes are slugs (<c>[a-z0-9-]</c>), so a dot separates the parts safely.
/// </summary>
public static class ProblemText
{
    public const string TitleField = "Title";
    public const string IntroField = "Intro";
    public const string ThankYouField = "ThankYou";

    public static string QuestionTextField(string q) => "q." + q + ".text";
    public static string HintField(string q) => "q." + q + ".hint";
    public static string LabelField(string q) => "q." + q + ".label";
    public static string OptionField(string q, string option) => "o." + q + "." + option;
    public static string ItemField(string q, string item) => "i." + q + "." + item;
    public static string RetireOptionsField(string q) => "retire-o." + q;
    public static string RetireItemsField(string q) => "retire-i." + q;
    public static string NewOptionsField(string q) => "new-o." + q;
    public static string NewItemsField(string q) => "new-i." + q;
    public const string RefreshUnitsField = "refresh-units";

    /// <summary>The element id of a field: dots become underscores, which codes never contain.</summary>
    public static string Id(string field) => "f_" + field.Replace('.', '_');

    public static string ErrorId(string field) => Id(field) + "_blad";

    /// <summary>
    /// Every problem of <paramref name="definition"/>: first those its author can fix on the form,
    /// then any structural one (<see cref="SurveyDefinition.Problems"/>) they do not already cover.
    /// <paramref name="form"/> is the definition the form was drawn from, so a problem with an
    /// option added in this save points at the field where it was typed.
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> Describe(IStringLocalizer text, SurveyDefinition definition, SurveyDefinition? form = null)
    {
        form ??= definition;
        var result = new List<(string Field, string Message)>();
        var drafted = SurveyEditing.Check(definition);
        foreach (var p in drafted)
        {
            var q = p.QuestionCode is null ? null : definition.Find(p.QuestionCode);
            var name = q is null ? "" : Versions.QuestionName(q);
            var shown = p.QuestionCode is null ? null : form.Find(p.QuestionCode);
            var field = p.Part switch
            {
                DraftPart.Title => TitleField,
                DraftPart.Intro => IntroField,
                DraftPart.ThankYou => ThankYouField,
                DraftPart.QuestionText => QuestionTextField(q!.Code),
                DraftPart.Hint => HintField(q!.Code),
                DraftPart.TextLabel => LabelField(q!.Code),
                DraftPart.Option => shown?.Options.Any(o => o.Code == p.Code) == true ? OptionField(q!.Code, p.Code!) : NewOptionsField(q!.Code),
                DraftPart.Item => shown?.Items.Any(i => i.Code == p.Code) == true ? ItemField(q!.Code, p.Code!) : NewItemsField(q!.Code),
                DraftPart.Question => FirstFieldOf(shown ?? q!),
            };
            var message = p.Kind switch
            {
                DraftProblemKind.Missing => text["Versions.Problem.Missing." + p.Part, name],
                DraftProblemKind.TooLong when q is null => text["Versions.Problem.TooLong", p.Limit ?? 0],
                DraftProblemKind.TooLong => text["Versions.Problem.TooLongInQuestion", p.Limit ?? 0, name],
                DraftProblemKind.DuplicateText => text["Versions.Problem.Duplicate", name, TextOf(q!, p.Code)],
                DraftProblemKind.TooFewOptions => text["Versions.Problem.TooFewOptions", name],
                DraftProblemKind.NoItems => text["Versions.Problem.NoItems", name],
            };
            result.Add((field, message));
        }
        // The structural rules are the last word; anything they find that the form's own checks did
        // not (a definition broken outside this editor) is shown as it is, under a plain explanation.
        if (drafted.Count == 0)
        {
            foreach (var problem in definition.Problems())
                result.Add(("", text["Versions.Problem.Structure", problem]));
        }
        return result;
    }

    private static string FirstFieldOf(Question q) =>
        q.Options.Count > 0 ? OptionField(q.Code, q.Options[0].Code)
        : q.Items.Count > 0 ? ItemField(q.Code, q.Items[0].Code)
        : q.Kind == QuestionKind.Rating ? NewItemsField(q.Code)
        : NewOptionsField(q.Code);

    private static string TextOf(Question q, string? code) =>
        q.Options.FirstOrDefault(o => o.Code == code)?.Text ?? q.Items.FirstOrDefault(i => i.Code == code)?.Text ?? "";
}
