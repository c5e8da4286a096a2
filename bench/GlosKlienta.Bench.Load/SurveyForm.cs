using System.Text;
using System.Text.RegularExpressions;

namespace GlosKlienta.Bench.Load;

/// <summary>
/// The shape of the survey form, read once from the page as served: the radio and checkbox groups
/// (<c>q.code</c>, <c>q.code.item</c>) with their values and the text fields (<c>t.code</c>).
/// A text field whose code is also a choice group is that question's "other" text; the rest are
/// free comments.
/// </summary>
public sealed partial class SurveyForm
{
    /// <summary>Option codes that need their text ("innej sprawy", "inne trudności").</summary>
    private static readonly HashSet<string> OtherCodes = new(StringComparer.Ordinal) { "inna", "inne" };
    /// <summary>Option codes that must be chosen alone ("nie spotkałam/łem się z trudnościami").</summary>
    private static readonly HashSet<string> ExclusiveCodes = new(StringComparer.Ordinal) { "brak" };

    private static readonly string[] Phrases =
    [
        "Wszystko sprawnie, dziękuję.",
        "Długo czekałem w kolejce do okienka.",
        "Pani w referacie była bardzo życzliwa i pomocna.",
        "Przydałaby się poczekalnia z krzesłami i automat z biletami.",
        "Proszę o dłuższe godziny pracy w czwartki.",
        "Informacja na stronie była nieaktualna – żółć i źdźbło, ąęśćńółż.",
        "Zgłoszenie dotyczyło wymiany dowodu osobistego.",
    ];

    public sealed record Group(string Name, bool Multiple, string[] Values)
    {
        /// <summary>The question code for a group <c>q.code</c>; null for an item group <c>q.code.item</c>.</summary>
        public string? QuestionCode => Name.IndexOf('.', 2) < 0 ? Name[2..] : null;
    }

    public IReadOnlyList<Group> Groups { get; }
    public IReadOnlyList<string> TextFields { get; }

    private SurveyForm(IReadOnlyList<Group> groups, IReadOnlyList<string> textFields)
    {
        Groups = groups;
        TextFields = textFields;
    }

    [GeneratedRegex("""<input type="(radio|checkbox)"[^>]*? name="(q\.[^"]+)" value="([^"]*)"[^>]*>""")]
    private static partial Regex ChoiceInput();

    [GeneratedRegex("""<(?:input type="text"|textarea)[^>]*? name="(t\.[^"]+)"[^>]*>""")]
    private static partial Regex TextInput();

    public static SurveyForm Parse(string html)
    {
        var order = new List<string>();
        var values = new Dictionary<string, (bool Multiple, List<string> Values)>(StringComparer.Ordinal);
        foreach (Match m in ChoiceInput().Matches(html))
        {
            var name = m.Groups[2].Value;
            if (!values.TryGetValue(name, out var g))
            {
                values[name] = g = (m.Groups[1].Value == "checkbox", []);
                order.Add(name);
            }
            g.Values.Add(System.Net.WebUtility.HtmlDecode(m.Groups[3].Value));
        }
        var texts = TextInput().Matches(html).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        if (order.Count == 0) throw new InvalidOperationException("The survey page has no choice fields.");
        return new SurveyForm(order.Select(n => new Group(n, values[n].Multiple, values[n].Values.ToArray())).ToList(), texts);
    }

    /// <summary>
    /// A random valid response as the browser would send it, without the hidden fields: every group answered
    /// (one value for a radio group; "brak" alone or a non-empty set of the others for checkboxes), the
    /// "other" text exactly when "other" is chosen, free comments sometimes, and empty text fields as
    /// browsers send them.
    /// </summary>
    public void AppendRandomAnswers(StringBuilder body, Random random)
    {
        var filledTexts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in Groups)
        {
            bool otherChosen;
            if (!g.Multiple)
            {
                var v = g.Values[random.Next(g.Values.Length)];
                Append(body, g.Name, v);
                otherChosen = OtherCodes.Contains(v);
            }
            else
            {
                var exclusive = g.Values.Where(ExclusiveCodes.Contains).ToArray();
                otherChosen = false;
                if (exclusive.Length > 0 && random.Next(2) == 0)
                {
                    Append(body, g.Name, exclusive[0]);
                }
                else
                {
                    var any = false;
                    var candidates = g.Values.Where(v => !ExclusiveCodes.Contains(v)).ToArray();
                    foreach (var v in candidates)
                    {
                        if (random.Next(3) != 0) continue;
                        Append(body, g.Name, v);
                        any = true;
                        otherChosen |= OtherCodes.Contains(v);
                    }
                    if (!any)
                    {
                        var v = candidates[random.Next(candidates.Length)];
                        Append(body, g.Name, v);
                        otherChosen = OtherCodes.Contains(v);
                    }
                }
            }
            if (otherChosen && g.QuestionCode is { } code)
            {
                var field = "t." + code;
                Append(body, field, Phrases[random.Next(Phrases.Length)]);
                filledTexts.Add(field);
            }
        }
        foreach (var field in TextFields)
        {
            if (filledTexts.Contains(field)) continue;
            var isOtherText = Groups.Any(g => g.QuestionCode == field[2..]);
            var text = !isOtherText && random.Next(3) == 0 ? RandomComment(random) : "";
            Append(body, field, text);
        }
    }

    private static string RandomComment(Random random)
    {
        var count = 1 + random.Next(4);
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(Phrases[random.Next(Phrases.Length)]);
        }
        return sb.ToString();
    }

    public static void Append(StringBuilder body, string name, string value)
    {
        if (body.Length > 0) body.Append('&');
        body.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
    }
}
