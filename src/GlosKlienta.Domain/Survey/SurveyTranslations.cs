namespace GlosKlienta.Domain.Survey;

/// <summary>One text of a survey version that a citizen reads, with the key its translations are kept under.</summary>
public sealed record TranslatableText(string Key, string Polish);

/// <summary>
/// A survey version in the office's other languages. Translations are kept in the version's definition as a flat map per
/// language ("uk", "en") from a key to the text; answers keep the same codes in every language, so the analysis never
/// depends on the language a form was filled in. Keys:
/// <c>title</c>, <c>intro</c>, <c>thankYou</c>; for a question Q: <c>Q</c>, <c>Q.hint</c>, <c>Q.option.C</c>,
/// <c>Q.option.C.other</c> and <c>Q.option.C.other.missing</c> (an "other" option's field), <c>Q.item.I</c>,
/// <c>Q.comment</c> and <c>Q.comment.missing</c>. The options of the units question are the office's units: proper
/// names that stay in Polish, as on the doors in the building, so they have no keys
/// (<see cref="SurveyDefinition.UnitsQuestion"/>).
/// </summary>
public static class SurveyTranslations
{
    /// <summary>The languages a version can be translated into, besides Polish, in the order the site offers them.</summary>
    public static readonly IReadOnlyList<string> Languages = ["uk", "en"];

    public const string Polish = "pl";

    /// <summary>Every text of <paramref name="definition"/> a translation must give, in reading order.</summary>
    public static IReadOnlyList<TranslatableText> Texts(SurveyDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var unitsQuestion = definition.UnitsQuestion;
        var texts = new List<TranslatableText> { new("title", definition.Title) };
        if (!string.IsNullOrWhiteSpace(definition.Intro)) texts.Add(new("intro", definition.Intro));
        texts.Add(new("thankYou", definition.ThankYou));
        foreach (var q in definition.Questions)
        {
            texts.Add(new(q.Code, q.Text));
            if (!string.IsNullOrWhiteSpace(q.Hint)) texts.Add(new($"{q.Code}.hint", q.Hint));
            if (q.Code != unitsQuestion)
            {
                foreach (var o in q.Options)
                {
                    texts.Add(new($"{q.Code}.option.{o.Code}", o.Text));
                    if (o.Other is null) continue;
                    texts.Add(new($"{q.Code}.option.{o.Code}.other", o.Other.Label));
                    if (!string.IsNullOrWhiteSpace(o.Other.MissingMessage)) texts.Add(new($"{q.Code}.option.{o.Code}.other.missing", o.Other.MissingMessage));
                }
            }
            foreach (var i in q.Items) texts.Add(new($"{q.Code}.item.{i.Code}", i.Text));
            if (q.Comment is null) continue;
            texts.Add(new($"{q.Code}.comment", q.Comment.Label));
            if (!string.IsNullOrWhiteSpace(q.Comment.MissingMessage)) texts.Add(new($"{q.Code}.comment.missing", q.Comment.MissingMessage));
        }
        return texts;
    }

    /// <summary>The texts still without a translation into <paramref name="language"/>.</summary>
    public static IReadOnlyList<TranslatableText> Missing(SurveyDefinition definition, string language)
    {
        var map = MapOf(definition, language);
        return Texts(definition).Where(t => !map.TryGetValue(t.Key, out var text) || string.IsNullOrWhiteSpace(text)).ToList();
    }

    /// <summary>Polish, and every other language into which each text is translated: the languages an approval covers.</summary>
    public static IReadOnlyList<string> CompleteLanguages(SurveyDefinition definition) =>
        [Polish, .. Languages.Where(l => Missing(definition, l).Count == 0)];

    /// <summary>
    /// The version as a citizen reading <paramref name="language"/> sees it: every translated text in place of the Polish
    /// one, codes unchanged. A text without a translation stays Polish (the units' names). Polish returns the definition.
    /// </summary>
    public static SurveyDefinition In(SurveyDefinition definition, string language)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (language == Polish) return definition;
        var map = MapOf(definition, language);
        if (map.Count == 0) return definition;
        string T(string key, string polish) => map.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text) ? text : polish;
        string? Optional(string key, string? polish) => polish is null ? null : T(key, polish);
        return definition with
        {
            Title = T("title", definition.Title),
            Intro = Optional("intro", definition.Intro),
            ThankYou = T("thankYou", definition.ThankYou),
            Questions = definition.Questions.Select(q => q with
            {
                Text = T(q.Code, q.Text),
                Hint = Optional($"{q.Code}.hint", q.Hint),
                Options = q.Options.Select(o => o with
                {
                    Text = T($"{q.Code}.option.{o.Code}", o.Text),
                    Other = o.Other is null ? null : o.Other with
                    {
                        Label = T($"{q.Code}.option.{o.Code}.other", o.Other.Label),
                        MissingMessage = Optional($"{q.Code}.option.{o.Code}.other.missing", o.Other.MissingMessage),
                    },
                }).ToList(),
                Items = q.Items.Select(i => i with { Text = T($"{q.Code}.item.{i.Code}", i.Text) }).ToList(),
                Comment = q.Comment is null ? null : q.Comment with
                {
                    Label = T($"{q.Code}.comment", q.Comment.Label),
                    MissingMessage = Optional($"{q.Code}.comment.missing", q.Comment.MissingMessage),
                },
            }).ToList(),
        };
    }

    /// <summary>
    /// The draft <paramref name="after"/> with the translations of <paramref name="language"/> set to
    /// <paramref name="texts"/> (a blank text removes one); keys the version does not have are ignored.
    /// </summary>
    public static SurveyDefinition WithTranslation(SurveyDefinition after, string language, IReadOnlyDictionary<string, string?> texts)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(texts);
        if (!Languages.Contains(language)) throw new ArgumentException($"Unknown language '{language}'.", nameof(language));
        var keys = Texts(after).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var map = new Dictionary<string, string>(MapOf(after, language), StringComparer.Ordinal);
        foreach (var (key, text) in texts)
        {
            if (!keys.Contains(key)) continue;
            var clean = text?.Trim();
            if (string.IsNullOrEmpty(clean)) map.Remove(key);
            else map[key] = clean;
        }
        return WithMap(after, language, map);
    }

    /// <summary>
    /// <paramref name="after"/>, an edit of <paramref name="before"/>, without the translations whose Polish text the edit
    /// changed or removed: a translation of words that are no longer there must be made again before it is approved.
    /// </summary>
    public static SurveyDefinition KeepCurrent(SurveyDefinition before, SurveyDefinition after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (after.Translations is null || after.Translations.Count == 0) return after;
        var old = Texts(before).ToDictionary(t => t.Key, t => t.Polish, StringComparer.Ordinal);
        var now = Texts(after).ToDictionary(t => t.Key, t => t.Polish, StringComparer.Ordinal);
        var result = after;
        foreach (var language in after.Translations.Keys.ToList())
        {
            var map = MapOf(after, language)
                .Where(e => now.TryGetValue(e.Key, out var polish) && old.TryGetValue(e.Key, out var was) && was == polish)
                .ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
            result = WithMap(result, language, map);
        }
        return result;
    }

    private static IReadOnlyDictionary<string, string> MapOf(SurveyDefinition definition, string language) =>
        definition.Translations is not null && definition.Translations.TryGetValue(language, out var map) ? map : new Dictionary<string, string>();

    private static SurveyDefinition WithMap(SurveyDefinition definition, string language, Dictionary<string, string> map)
    {
        var all = new Dictionary<string, IReadOnlyDictionary<string, string>>(definition.Translations ?? new Dictionary<string, IReadOnlyDictionary<string, string>>(), StringComparer.Ordinal);
        if (map.Count == 0) all.Remove(language);
        else all[language] = map;
        return definition with { Translations = all.Count == 0 ? null : all };
    }
}
