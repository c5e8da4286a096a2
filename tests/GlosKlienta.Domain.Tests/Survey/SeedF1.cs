using System.Text.Json;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Tests.Survey;

/// <summary>
/// Form F1 version 1 as the office seed (Seed/lesko.json, copied to the output folder) defines it,
/// with question "komorka" given the office's units, as OfficeSeeder does before storing it.
/// </summary>
internal static class SeedF1
{
    public static string SeedFolder => Path.Combine(AppContext.BaseDirectory, "Seed");
    public static string SeedPath => Path.Combine(SeedFolder, "lesko.json");

    /// <summary>The procedure P/7/5 with form F1 at its end; only present where ../shared/seed exists.</summary>
    public static string ProcedurePath => Path.Combine(SeedFolder, "P-7-5-komunikacja-z-klientem.txt");

    public const string ProcedureMissing = "The procedure text (../shared/seed/P-7-5-komunikacja-z-klientem.txt) is not on this machine.";

    private static readonly Lazy<Seed> Loaded = new(Load);

    /// <summary>The definition exactly as written in the seed, without the units.</summary>
    public static SurveyDefinition Raw => Loaded.Value.Definition;

    /// <summary>The office's units as the options of question 4, in the seed's order.</summary>
    public static IReadOnlyList<AnswerOption> Units => Loaded.Value.Units;

    /// <summary>The code of the question that takes the units ("komorka").</summary>
    public static string UnitsQuestion => Loaded.Value.UnitsQuestion;

    /// <summary>The definition as it is stored for survey version 1.</summary>
    public static SurveyDefinition Definition => Loaded.Value.Definition.WithOptions(Loaded.Value.UnitsQuestion, Loaded.Value.Units) with { UnitsQuestion = Loaded.Value.UnitsQuestion };

    private sealed record Seed(SurveyDefinition Definition, IReadOnlyList<AnswerOption> Units, string UnitsQuestion);

    private static Seed Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SeedPath));
        var root = doc.RootElement;
        var units = root.GetProperty("units").EnumerateArray()
            .Select(u => new AnswerOption { Code = u.GetProperty("code").GetString()!, Text = u.GetProperty("name").GetString()! })
            .ToList();
        var survey = root.GetProperty("survey");
        var definition = survey.GetProperty("definition").Deserialize<SurveyDefinition>(SurveyDefinition.JsonOptions)
            ?? throw new InvalidOperationException("The seed has no survey definition.");
        return new Seed(definition, units, survey.GetProperty("unitsQuestion").GetString()!);
    }
}
