
namespace GlosKlienta.Web.Features.Register;

/// <summary>One control of a staff form for <c>_Fields.cshtml</c>: a text input, a textarea, a select or a radio group.</summary>
public sealed record FieldView(FormErrors Errors, string Id, string Name, string Label, string? Value)
{
    public string? Hint { get; init; }
    public string Type { get; init; } = "text";
    public int Rows { get; init; } = 5;
    /// <summary>Radio group: value and label of each choice; ids are <see cref="Prefix"/>-value, and <see cref="Id"/> is the first one.</summary>
    public IReadOnlyList<(string Value, string Label)>? Options { get; init; }
    public string Prefix { get; init; } = "";
    /// <summary>Select: value and label of each option, after the empty one labelled <see cref="Empty"/>.</summary>
    public IReadOnlyList<(string Value, string Label)>? Choices { get; init; }
    public string Empty { get; init; } = "";

    public static FieldView Radios<T>(FormErrors errors, string prefix, string name, string label, string? value, IEnumerable<T> values, Func<T, string> labelOf) where T : struct, Enum
    {
        var options = values.Select(v => (v.ToString(), labelOf(v))).ToList();
        return new FieldView(errors, prefix + "-" + options[0].Item1, name, label, value) { Options = options, Prefix = prefix };
    }
}
