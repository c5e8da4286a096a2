using GlosKlienta.Domain.Paper;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.RawData;

/// <summary>What a column of the raw data export holds.</summary>
public enum RawColumnKind
{
    ResponseId,
    VersionNumber,
    Channel,
    ReceivedOn,
    BoxOpening,
    FormNumber,
    /// <summary>The answer keys marked unreadable on a paper form, as stored (comma-separated).</summary>
    Unreadable,
    /// <summary>The kiosk in the hall a kiosk answer came from (its id), empty for other channels.</summary>
    KioskId,
    /// <summary>The code of the one chosen option.</summary>
    SingleChoice,
    /// <summary>One option of a multiple-choice question: 1 chosen, 0 not chosen.</summary>
    OptionFlag,
    /// <summary>One item of a rating question: the scale value.</summary>
    RatingItem,
    /// <summary>One item of a matrix question: the code of the chosen option.</summary>
    MatrixItem,
    /// <summary>A free text: the "other" text, the comment or a text question's answer.</summary>
    Text,
}

/// <summary>How statistics programs should read a column.</summary>
public enum RawValueType { WholeNumber, Date, Code, Text }

public sealed record CodeLabel(string Code, string Label);

/// <summary>
/// One column of the export with everything the codebook says about it. Question columns carry the
/// survey version numbers that asked them; in a row of any other version they hold <see cref="RawDataCodes.NotAsked"/>.
/// </summary>
public sealed record RawColumn
{
    public required string Name { get; init; }
    public required string Label { get; init; }
    public required RawColumnKind Kind { get; init; }
    public string? QuestionCode { get; init; }
    public string? QuestionNumber { get; init; }
    public string? ItemCode { get; init; }
    public string? OptionCode { get; init; }
    /// <summary>The allowed values with their labels, missing-value codes not included; empty for free values.</summary>
    public IReadOnlyList<CodeLabel> Codes { get; init; } = [];
    /// <summary>The versions that ask this column's question; empty for the columns every row has.</summary>
    public IReadOnlyList<int> Versions { get; init; } = [];
    /// <summary>The longest text a text column can hold (characters).</summary>
    public int MaxLength { get; init; }

    public bool IsQuestionColumn => Kind >= RawColumnKind.SingleChoice;

    public RawValueType ValueType => Kind switch
    {
        RawColumnKind.ResponseId or RawColumnKind.VersionNumber or RawColumnKind.FormNumber or RawColumnKind.KioskId
            or RawColumnKind.OptionFlag or RawColumnKind.RatingItem => RawValueType.WholeNumber,
        RawColumnKind.ReceivedOn => RawValueType.Date,
        RawColumnKind.Channel or RawColumnKind.SingleChoice or RawColumnKind.MatrixItem => RawValueType.Code,
        RawColumnKind.BoxOpening or RawColumnKind.Unreadable or RawColumnKind.Text => RawValueType.Text,
    };

    /// <summary>Whether a paper form's unreadable mark shows in this column as <see cref="RawDataCodes.Unreadable"/>.</summary>
    public bool CanBeUnreadable => Kind is RawColumnKind.SingleChoice or RawColumnKind.OptionFlag or RawColumnKind.RatingItem or RawColumnKind.MatrixItem;

    /// <summary>The answer key (as in stored choices and unreadable marks) the column reads from.</summary>
    public string? AnswerKey => Kind switch
    {
        RawColumnKind.SingleChoice or RawColumnKind.OptionFlag => QuestionCode,
        RawColumnKind.RatingItem or RawColumnKind.MatrixItem => ResponseAnswers.ItemKey(QuestionCode!, ItemCode!),
        RawColumnKind.Text => PaperKeying.TextKey(QuestionCode!),
        _ => null,
    };

    public bool AskedIn(int versionNumber) => !IsQuestionColumn || Versions.Contains(versionNumber);
}

/// <summary>The missing-value conventions of the export.</summary>
public static class RawDataCodes
{
    /// <summary>The question (or option, item, text field) is not in the survey version of this response.</summary>
    public const int NotAsked = -9;
    /// <summary>A paper form's mark that could not be read.</summary>
    public const int Unreadable = -8;

    public const string NotAskedText = "-9";
    public const string UnreadableText = "-8";

    public const string NotAskedLabel = "nie zadano: pytania nie było w tej wersji ankiety";
    public const string UnreadableLabel = "zaznaczenie nieczytelne (ankieta papierowa)";
    public const string BlankLabel = "pusta komórka: brak odpowiedzi (pytanie pominięte)";

    public static readonly IReadOnlyList<CodeLabel> Channels =
        [.. ChannelCodes.All.Select(c => new CodeLabel(ChannelCodes.Code(c), ChannelCodes.Name(c)))];
}
