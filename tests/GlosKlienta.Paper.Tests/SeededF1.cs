using System.Text.Json.Nodes;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Paper.Tests;

/// <summary>The F1 of the office seed (lesko.json) as the seeder makes it: question 4's options are the office's units.</summary>
internal static class SeededF1
{
    public static SurveyDefinition Definition { get; } = Load();

    public static FormHeader Header { get; } = new("Urząd Miasta i Gminy Lesko", "lesko", 1);

    public static FormLayout Layout(string language = "pl") => FormLayout.Build(Definition, language, Header);

    private static SurveyDefinition Load()
    {
        var seed = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "lesko.json")))!;
        var survey = seed["survey"]!;
        var definition = SurveyDefinition.FromJson(survey["definition"]!.ToJsonString());
        var unitsQuestion = survey["unitsQuestion"]!.GetValue<string>();
        var units = seed["units"]!.AsArray()
            .Select(u => new AnswerOption { Code = u!["code"]!.GetValue<string>(), Text = u["name"]!.GetValue<string>() })
            .ToList();
        return definition.WithOptions(unitsQuestion, units) with { UnitsQuestion = unitsQuestion };
    }
}
