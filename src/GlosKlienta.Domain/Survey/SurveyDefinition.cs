using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace GlosKlienta.Domain.Survey;

/// <summary>How a question is answered. The kind decides the form control and the validation rule.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuestionKind>))]
public enum QuestionKind
{
    /// <summary>One option (radio buttons).</summary>
    SingleChoice,
    /// <summary>Any number of options (checkboxes); an exclusive option stands alone.</summary>
    MultipleChoice,
    /// <summary>Several items, each rated on a numeric scale (question 8).</summary>
    Rating,
    /// <summary>Several items, each answered with one of the question's options (question 10).</summary>
    Matrix,
    /// <summary>Free text only (the final remarks).</summary>
    Text,
}

/// <summary>
/// One version of a survey as data: every text a citizen reads and every rule the answers follow.
/// Stored as JSON with its survey version, so a later version never changes how an earlier
/// response reads.
/// </summary>
public sealed record SurveyDefinition
{
    public required string Title { get; init; }
    public string? Intro { get; init; }
    public required string ThankYou { get; init; }
    public required IReadOnlyList<Question> Questions { get; init; }
    /// <summary>The question whose options are the office's units (proper names, never translated); none in a survey without one.</summary>
    public string? UnitsQuestion { get; init; }
    /// <summary>The version's texts in other languages, by language then key (<see cref="SurveyTranslations"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations { get; init; }

    public Question? Find(string code) => Questions.FirstOrDefault(q => q.Code == code);

    /// <summary>A copy whose question <paramref name="questionCode"/> offers <paramref name="options"/> (the office's units for question 4).</summary>
    public SurveyDefinition WithOptions(string questionCode, IReadOnlyList<AnswerOption> options) => this with
    {
        Questions = Questions.Select(q => q.Code == questionCode ? q with { Options = options } : q).ToList(),
    };

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static SurveyDefinition FromJson(string json) =>
        JsonSerializer.Deserialize<SurveyDefinition>(json, JsonOptions)
        ?? throw new JsonException("Empty survey definition.");

    /// <summary>
    /// Structural problems that would make the definition unusable (duplicate codes, a choice
    /// question without options, ...). Empty when the definition is sound.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Title)) problems.Add("The survey has no title.");
        if (Questions.Count == 0) problems.Add("The survey has no questions.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in Questions)
        {
            if (!Codes.IsValid(q.Code)) problems.Add($"Question code '{q.Code}' is not a valid code.");
            if (!seen.Add(q.Code)) problems.Add($"Question code '{q.Code}' is used twice.");
            if (string.IsNullOrWhiteSpace(q.Text)) problems.Add($"Question '{q.Code}' has no text.");
            problems.AddRange(q.Problems());
        }
        return problems;
    }
}

public sealed record Question
{
    /// <summary>Stable identifier used in field names, stored answers and exports.</summary>
    public required string Code { get; init; }
    /// <summary>The number printed before the text ("1", "10"); none for the closing remarks.</summary>
    public string? Number { get; init; }
    public required string Text { get; init; }
    public string? Hint { get; init; }
    public required QuestionKind Kind { get; init; }
    public IReadOnlyList<AnswerOption> Options { get; init; } = [];
    public IReadOnlyList<QuestionItem> Items { get; init; } = [];
    public RatingScale? Scale { get; init; }
    /// <summary>A free-text field that goes with the question without an option (question 8 "inne uwagi").</summary>
    public FreeText? Comment { get; init; }
    /// <summary>For <see cref="QuestionKind.Text"/> questions: the longest accepted text.</summary>
    public int MaxLength { get; init; } = 2000;

    public AnswerOption? OtherOption => Options.FirstOrDefault(o => o.Other is not null);

    /// <summary>True when the question has a free-text answer stored under its code.</summary>
    public bool HasText => Kind == QuestionKind.Text || Comment is not null || OtherOption is not null;

    public int TextMaxLength => Kind == QuestionKind.Text ? MaxLength : (Comment?.MaxLength ?? OtherOption?.Other?.MaxLength ?? 0);

    internal IEnumerable<string> Problems()
    {
        var optionCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in Options)
        {
            if (!Codes.IsValid(o.Code)) yield return $"Option code '{o.Code}' in '{Code}' is not a valid code.";
            if (!optionCodes.Add(o.Code)) yield return $"Option code '{o.Code}' is used twice in '{Code}'.";
            if (string.IsNullOrWhiteSpace(o.Text)) yield return $"An option of '{Code}' has no text.";
            if (o.Exclusive && Kind != QuestionKind.MultipleChoice) yield return $"Only a multiple-choice question can have an exclusive option ('{Code}').";
            if (o.Other is not null && o.Exclusive) yield return $"An option of '{Code}' cannot be both exclusive and 'other'.";
            if (o.Other is not null && Kind is not (QuestionKind.SingleChoice or QuestionKind.MultipleChoice))
                yield return $"Only a choice question can have an 'other' option ('{Code}').";
        }
        var itemCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in Items)
        {
            if (!Codes.IsValid(i.Code)) yield return $"Item code '{i.Code}' in '{Code}' is not a valid code.";
            if (!itemCodes.Add(i.Code)) yield return $"Item code '{i.Code}' is used twice in '{Code}'.";
            if (string.IsNullOrWhiteSpace(i.Text)) yield return $"An item of '{Code}' has no text.";
        }
        foreach (var text in Options.Select(o => o.Other).Append(Comment).OfType<FreeText>())
        {
            if (string.IsNullOrWhiteSpace(text.Label)) yield return $"A free-text field of '{Code}' has no label.";
            if (text.MaxLength is < 1 or > 10_000) yield return $"A free-text field of '{Code}' needs a length limit from 1 to 10000.";
        }
        if (Kind == QuestionKind.Text && Comment is not null) yield return $"Text question '{Code}' cannot also have a comment.";
        if (Options.Count(o => o.Other is not null) > 1) yield return $"Question '{Code}' has more than one 'other' option.";
        if (Comment is not null && OtherOption is not null) yield return $"Question '{Code}' has both a comment and an 'other' option.";
        switch (Kind)
        {
            case QuestionKind.SingleChoice:
            case QuestionKind.MultipleChoice:
                if (Options.Count < 2) yield return $"Choice question '{Code}' needs at least two options.";
                if (Items.Count > 0) yield return $"Choice question '{Code}' cannot have items.";
                break;
            case QuestionKind.Rating:
                if (Items.Count == 0) yield return $"Rating question '{Code}' has no items.";
                if (Scale is null || Scale.Min >= Scale.Max || Scale.Min < 0 || Scale.Max > 10)
                    yield return $"Rating question '{Code}' needs a scale from a lower to a higher number (0-10).";
                if (Options.Count > 0) yield return $"Rating question '{Code}' cannot have options.";
                break;
            case QuestionKind.Matrix:
                if (Items.Count == 0) yield return $"Matrix question '{Code}' has no items.";
                if (Options.Count < 2) yield return $"Matrix question '{Code}' needs at least two options.";
                break;
            case QuestionKind.Text:
                if (Options.Count > 0 || Items.Count > 0) yield return $"Text question '{Code}' cannot have options or items.";
                if (MaxLength is < 1 or > 10_000) yield return $"Text question '{Code}' needs a length limit from 1 to 10000.";
                break;
        }
    }
}

public sealed record AnswerOption
{
    public required string Code { get; init; }
    public required string Text { get; init; }
    /// <summary>Chosen alone or not at all ("nie spotkałam/łem się z trudnościami").</summary>
    public bool Exclusive { get; init; }
    /// <summary>When set, the option is "other" and its answer is a text.</summary>
    public FreeText? Other { get; init; }
}

public sealed record QuestionItem
{
    public required string Code { get; init; }
    public required string Text { get; init; }
}

public sealed record RatingScale
{
    public required int Min { get; init; }
    public required int Max { get; init; }

    public IEnumerable<int> Values => Enumerable.Range(Min, Max - Min + 1);
}

/// <summary>A free-text answer: its label and, for an "other" option, what to ask when it is missing.</summary>
public sealed record FreeText
{
    public required string Label { get; init; }
    public int MaxLength { get; init; } = 500;
    /// <summary>The message shown when the option is chosen but the text is empty ("Wpisz, ...").</summary>
    public string? MissingMessage { get; init; }
}

public static partial class Codes
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex CodePattern();

    /// <summary>Codes are short lower-case ASCII slugs, so they are safe in field names, CSV headers and the stored answer form.</summary>
    public static bool IsValid(string? code) => code is not null && CodePattern().IsMatch(code);
}
