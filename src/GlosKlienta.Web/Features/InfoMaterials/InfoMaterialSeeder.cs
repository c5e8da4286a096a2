
namespace GlosKlienta.Web.Features.InfoMaterials;

/// <summary>
/// Makes sure the two materials every public body must publish exist: the easy-to-read text
/// (ETR) and the accessibility statement (ustawa z 4 kwietnia 2019 r. o dostępności cyfrowej).
/// Run on every start; a material already there (edited or not) is left alone. The texts are made
/// from the office's own data (name, buildings and addresses, website, survey boxes), so every office
/// starts with its own; contact details are not written into them: the statement's page shows the
/// accessibility contact from the directory (see <see cref="AccessibilityStatements"/>), the one place they are kept.
/// Facts nobody has checked (ramps, lifts, toilets, parking) are not claimed: the office adds them.
/// </summary>
public static class InfoMaterialSeeder
{
    public const string SeedAuthor = "wersja początkowa (wdrożenie systemu)";

    public static async Task EnsureAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var present = await db.InfoMaterials.Select(m => m.Slug).ToListAsync(cancellationToken);
        if (present.Contains(InfoMaterialRules.EasyToRead) && present.Contains(InfoMaterialRules.AccessibilityStatement)) return;
        var profile = await Office.OfficeProfileProvider.LoadAsync(db, cancellationToken);
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var now = time.GetUtcNow();
        var today = profile.Today(time);
        foreach (var (slug, title, body, months, byMarch) in Seeds(profile))
        {
            if (present.Contains(slug)) continue;
            var material = new InfoMaterial
            {
                Slug = slug,
                Title = title,
                ReviewIntervalMonths = months,
                ReviewBy31March = byMarch,
                LastReviewedOn = today,
                LastReviewedBy = SeedAuthor,
                CurrentVersion = 1,
                CreatedAt = now,
            };
            material.NextReviewOn = InfoMaterialRules.NextReview(material, today);
            material.Versions.Add(new InfoMaterialVersion
            {
                Number = 1,
                Title = title,
                Body = body,
                PublishedAt = now,
                PublishedBy = SeedAuthor,
                ContentHash = InfoMaterialRules.Hash(slug, 1, title, body),
            });
            db.InfoMaterials.Add(material);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static (string Slug, string Title, string Body, int Months, bool ByMarch)[] Seeds(Office.OfficeProfile office) =>
    [
        (InfoMaterialRules.EasyToRead, "Informacja o urzędzie w tekście łatwym do czytania", EasyToReadText(office), 12, false),
        (InfoMaterialRules.AccessibilityStatement, "Deklaracja dostępności", StatementText(office), 12, true),
    ];

    private static Office.OfficeProfile.BuildingInfo? MainBuilding(Office.OfficeProfile office) =>
        office.Buildings.FirstOrDefault(b => b.IsMain) ?? (office.Buildings.Count > 0 ? office.Buildings[0] : null);

    private static readonly string[] DayNames = ["w niedzielę", "w poniedziałek", "we wtorek", "w środę", "w czwartek", "w piątek", "w sobotę"];

    public static string EasyToReadText(Office.OfficeProfile office)
    {
        ArgumentNullException.ThrowIfNull(office);
        var main = MainBuilding(office);
        var website = office.Website is { Length: > 0 } w ? w.Replace("https://", "", StringComparison.Ordinal).Replace("http://", "", StringComparison.Ordinal).TrimEnd('/') : null;
        var lines = new List<string>
        {
            "## Czym zajmuje się urząd",
            $"{office.Name} pomaga mieszkańcom.",
            "Urzędem kieruje Burmistrz.",
            "Burmistrzowi pomaga Zastępca Burmistrza.",
            "W urzędzie pracują urzędnicy.",
            "Urzędnicy załatwiają sprawy mieszkańców.",
            "",
            "## Jakie sprawy załatwisz w urzędzie",
            "W urzędzie możesz na przykład:",
            "- zameldować się albo wymeldować,",
            "- złożyć wniosek o dowód osobisty,",
            "- zgłosić urodzenie dziecka,",
            "- ustalić termin ślubu,",
            "- dostać akt urodzenia, akt małżeństwa albo akt zgonu,",
            "- zapłacić podatek od domu albo od ziemi,",
            "- złożyć deklarację o odpadach, czyli o śmieciach,",
            "- zapytać o działkę, o drogę albo o budowę,",
            "- złożyć skargę albo wniosek.",
            "",
            "## Gdzie jest urząd",
        };
        if (office.Buildings.Count == 1 && main is not null)
            lines.Add($"Urząd jest w budynku przy adresie: {main.Address}.");
        else
        {
            int n = office.Buildings.Count;
            lines.Add($"Urząd ma {n} {(n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 ? "budynki" : "budynków")}.");
            if (main is not null) lines.Add($"Główny budynek jest przy adresie: {main.Address}.");
            foreach (var other in office.Buildings.Where(x => x != main))
                lines.Add($"Budynek {other.Name} jest przy adresie: {other.Address}.");
        }
        lines.Add("W każdym budynku jest tablica.");
        lines.Add("Na tablicy jest napisane, w którym pokoju załatwisz swoją sprawę.");
        if (main is { Hours.Count: > 0 })
        {
            lines.Add("");
            lines.Add("## Kiedy urząd jest otwarty");
            foreach (var h in main.Hours)
                lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"- {DayNames[(int)h.Day]}: od godziny {h.Opens:H\\:mm} do godziny {h.Closes:H\\:mm},"));
            lines[^1] = lines[^1].TrimEnd(',') + ".";
            lines.Add(main.Hours.Any(h => h.Day is DayOfWeek.Saturday or DayOfWeek.Sunday)
                ? "W święta urząd jest zamknięty."
                : "W soboty, w niedziele i w święta urząd jest zamknięty.");
        }
        lines.AddRange(
        [
            "",
            "## Jak załatwić sprawę",
            "- Przyjdź do urzędu albo zadzwoń.",
            "- Sprawdź na tablicy, do którego pokoju iść.",
            "- Jeśli nie wiesz, zapytaj dowolnego pracownika urzędu.",
            "- Urzędnik powie ci, jakie dokumenty są potrzebne.",
            "- Czasem trzeba wypełnić wniosek. Urzędnik pomoże ci go wypełnić.",
            "- Weź ze sobą dowód osobisty.",
            "",
            "## Jak napisać do urzędu",
        ]);
        if (main is not null)
        {
            lines.Add("Możesz wysłać list na adres:");
            lines.Add($"{office.Name}, {main.Address}.");
        }
        lines.Add("Możesz też przynieść pismo do urzędu.");
        lines.Add("Możesz wysłać pismo przez internet, przez platformę ePUAP.");
        lines.Add(website is null ? "Numery telefonów i adresy e-mail są na tablicy w urzędzie." : $"Numery telefonów i adresy e-mail są na stronie {website}.");
        lines.AddRange(
        [
            "",
            "## Jeśli słabo słyszysz albo nie słyszysz",
            "Możesz przyjść do urzędu z tłumaczem języka migowego.",
            "Powiedz nam o tym 3 dni robocze wcześniej.",
            "Możesz też napisać do nas e-mail.",
            "",
            "## Jeśli słabo widzisz albo nie widzisz",
            "Możesz przyjść do urzędu z psem asystującym.",
            "Urzędnik przeczyta ci dokument i pomoże go wypełnić.",
            "",
            "## Skargi i wnioski",
            "Jeśli coś ci się nie podoba, możesz złożyć skargę.",
            "Jeśli masz pomysł, co zrobić lepiej, możesz złożyć wniosek.",
            "Burmistrz i Zastępca Burmistrza przyjmują mieszkańców w sprawie skarg i wniosków.",
            "Dni i godziny przyjęć są na tablicy w urzędzie.",
            "",
            "## Powiedz nam, co myślisz",
            "Po załatwieniu sprawy możesz wypełnić krótką ankietę.",
            "Ankieta nie ma twojego imienia ani nazwiska.",
            "Ankietę wypełnisz na stronie internetowej urzędu.",
            "Możesz też wypełnić ankietę na papierze.",
        ]);
        var boxes = office.SurveyBoxes.Select(x => x.Name + ", " + x.Address).Distinct(StringComparer.Ordinal).ToList();
        if (boxes.Count > 0) lines.Add("Wrzuć ją do skrzynki w urzędzie: " + string.Join(" albo ", boxes) + ".");
        return string.Join("\n", lines);
    }

    /// <summary>
    /// The statement's kept text: the buildings' accessibility, which only the office can describe. Everything else the
    /// Ministry's template asks for (dates, status and known problems, contact, procedure) the statement's page makes
    /// from the system's own data (<see cref="AccessibilityStatements"/>), so it cannot go stale in a text.
    /// </summary>
    public static string StatementText(Office.OfficeProfile office)
    {
        ArgumentNullException.ThrowIfNull(office);
        var lines = new List<string>();
        foreach (var b in office.Buildings)
        {
            lines.Add($"### {b.Name}, {b.Address}");
            lines.Add("- Do budynku można wejść z psem asystującym i psem przewodnikiem.");
            lines.Add("- Można przyjść z tłumaczem polskiego języka migowego; prosimy o zgłoszenie co najmniej 3 dni robocze wcześniej.");
            lines.Add("- O wejściu do budynku, pochylniach i windach, toaletach oraz miejscach parkingowych dla osób z niepełnosprawnościami informuje koordynator do spraw dostępności.");
            lines.Add("");
        }
        return string.Join("\n", lines).TrimEnd('\n');
    }
}
