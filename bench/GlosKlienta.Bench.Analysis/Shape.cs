using System.Globalization;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Bench.Analysis;

/// <summary>One generated response: stored choices, unreadable marks (paper) and texts.</summary>
public sealed record GeneratedAnswers(string Choices, string? Unreadable, IReadOnlyList<(string Question, string Text)> Texts);

/// <summary>
/// The distributions of the generated responses. Each respondent has a latent satisfaction
/// (normal, shifted by the unit); each rating is that plus item noise, cut into 1-5, so the five
/// ratings correlate strongly (alpha about 0.9). Difficulties and "not on time" come more often
/// with low satisfaction. Shares are set so that breakdowns have cells both above and below 30 answers.
/// </summary>
internal sealed class Shape
{
    private readonly SurveyDefinition definition;
    private readonly string[] units;
    private readonly double[] unitWeights;
    private readonly double[] unitEffects;

    private static readonly string[] OtherCases = ["podatek od nieruchomości", "wycinka drzewa", "dowód osobisty", "Meldunek", "meldunek ", "zajęcie pasa drogowego", "dodatek mieszkaniowy"];
    private static readonly string[] OtherDifficulties = ["długa kolejka", "Długa kolejka", "brak miejsc parkingowych", "nieczynny automat z biletami", "za mało krzeseł w poczekalni", "trudno znaleźć pokój"];
    private static readonly string[] Comments = ["Bardzo miła obsługa.", "Dziękuję za pomoc, sprawa załatwiona od ręki.", "Za długo czekałem na odpowiedź.", "Proszę o dłuższe godziny pracy w czwartki.", "Pani w okienku wszystko wyjaśniła, polecam!", "Brakuje informacji na stronie, \"co zabrać\"."];

    public Shape(SurveyDefinition definition)
    {
        this.definition = definition;
        units = definition.Find("komorka")?.Options.Select(o => o.Code).ToArray() ?? [];
        // A few big units and a long tail of small ones.
        unitWeights = units.Select((_, i) => 1.0 / (i + 1.5)).ToArray();
        var total = unitWeights.Sum();
        for (var i = 0; i < unitWeights.Length; i++) unitWeights[i] /= total;
        unitEffects = units.Select((_, i) => (i % 3 - 1) * 0.25).ToArray();
    }

    public static Channel Channel(Random random) => random.NextDouble() switch
    {
        < 0.50 => Domain.Survey.Channel.Online,
        < 0.72 => Domain.Survey.Channel.Kiosk,
        _ => Domain.Survey.Channel.Paper,
    };

    private static double Normal(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());

    private static int Pick(Random random, double[] weights)
    {
        var x = random.NextDouble();
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.Length - 1;
    }

    public GeneratedAnswers Answers(Random random, Channel channel, bool laterHalf)
    {
        var unit = units.Length == 0 ? -1 : Pick(random, unitWeights);
        // In the later half-year the second unit gets worse: something for the comparison to find.
        var satisfaction = Normal(random) + (unit >= 0 ? unitEffects[unit] : 0) - (laterHalf && unit == 1 ? 0.45 : 0);
        var choices = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var texts = new List<(string, string)>();
        var unreadable = new List<string>();
        var skip = channel == Domain.Survey.Channel.Paper ? 0.06 : 0.03;

        foreach (var q in definition.Questions)
        {
            if (q.Kind != QuestionKind.Text && q.Kind != QuestionKind.Rating && random.NextDouble() < skip)
            {
                if (channel == Domain.Survey.Channel.Paper && random.NextDouble() < 0.1 && q.Kind != QuestionKind.Matrix) unreadable.Add(q.Code);
                continue;
            }
            switch (q.Code, q.Kind)
            {
                case ("komorka", _) when unit >= 0:
                    choices[q.Code] = [units[unit]];
                    break;
                case ("plec", _):
                    choices[q.Code] = [q.Options[random.NextDouble() < 0.58 ? 0 : 1].Code];
                    break;
                case ("wiek", _):
                    choices[q.Code] = [q.Options[Pick(random, channel == Domain.Survey.Channel.Online ? [0.14, 0.26, 0.24, 0.18, 0.12, 0.06] : [0.06, 0.14, 0.2, 0.22, 0.2, 0.18])].Code];
                    break;
                case ("termin", _):
                    choices[q.Code] = [q.Options[random.NextDouble() < 0.06 + Math.Max(0, -satisfaction) * 0.08 ? 1 : random.NextDouble() < 0.1 ? 2 : 0].Code];
                    break;
                case ("sprawa", _):
                {
                    var option = q.Options[Pick(random, [0.3, 0.2, 0.15, 0.27, 0.08])];
                    choices[q.Code] = [option.Code];
                    if (option.Other is not null) texts.Add((q.Code, OtherCases[random.Next(OtherCases.Length)]));
                    break;
                }
                case (_, QuestionKind.SingleChoice):
                    choices[q.Code] = [q.Options[random.Next(q.Options.Count)].Code];
                    break;
                case (_, QuestionKind.MultipleChoice):
                {
                    var none = q.Options.FirstOrDefault(o => o.Exclusive);
                    if (none is not null && random.NextDouble() < 0.8 + Math.Min(0.15, satisfaction * 0.1))
                    {
                        choices[q.Code] = [none.Code];
                        break;
                    }
                    var chosen = q.Options.Where(o => !o.Exclusive && random.NextDouble() < (o.Other is null ? 0.3 : 0.15)).ToList();
                    if (chosen.Count == 0) chosen.Add(q.Options[1 + random.Next(q.Options.Count - 1)]);
                    if (chosen.Any(o => o.Exclusive)) chosen = [.. chosen.Where(o => o.Exclusive)];
                    choices[q.Code] = q.Options.Where(chosen.Contains).Select(o => o.Code).ToList();
                    if (chosen.Any(o => o.Other is not null)) texts.Add((q.Code, OtherDifficulties[random.Next(OtherDifficulties.Length)]));
                    break;
                }
                case (_, QuestionKind.Rating):
                    foreach (var item in q.Items)
                    {
                        if (random.NextDouble() < skip) continue;
                        var latent = 3.9 + 0.9 * satisfaction + 0.45 * Normal(random);
                        var value = Math.Clamp((int)Math.Round(latent), q.Scale!.Min, q.Scale.Max);
                        choices[ResponseAnswers.ItemKey(q.Code, item.Code)] = [value.ToString(CultureInfo.InvariantCulture)];
                    }
                    if (q.Comment is not null && random.NextDouble() < 0.04) texts.Add((q.Code, Comments[random.Next(Comments.Length)]));
                    break;
                case (_, QuestionKind.Matrix):
                    foreach (var item in q.Items)
                    {
                        if (random.NextDouble() < 0.15) continue;
                        choices[ResponseAnswers.ItemKey(q.Code, item.Code)] = [q.Options[Pick(random, [0.55 + Math.Clamp(satisfaction * 0.1, -0.2, 0.2), 0.15, 0.3 - Math.Clamp(satisfaction * 0.1, -0.2, 0.2)])].Code];
                    }
                    break;
                case (_, QuestionKind.Text):
                    if (random.NextDouble() < 0.05) texts.Add((q.Code, Comments[random.Next(Comments.Length)]));
                    break;
                default:
                    choices[q.Code] = [q.Options[random.Next(q.Options.Count)].Code];
                    break;
            }
        }
        var stored = StoredChoices.Encode(choices);
        return new GeneratedAnswers(stored, unreadable.Count == 0 ? null : string.Join(',', unreadable), texts);
    }
}
