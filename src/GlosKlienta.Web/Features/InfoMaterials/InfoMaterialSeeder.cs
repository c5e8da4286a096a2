
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
        foreach (var (slug, title, body, months, byMarch, uk, en) in Seeds(profile))
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
                TitleUk = uk.Title,
                BodyUk = uk.Body,
                TitleEn = en.Title,
                BodyEn = en.Body,
                ContentHash = InfoMaterialRules.Hash(slug, 1, title, body, new Dictionary<string, InfoMaterialText> { ["uk"] = uk, ["en"] = en }),
            });
            db.InfoMaterials.Add(material);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static (string Slug, string Title, string Body, int Months, bool ByMarch, InfoMaterialText Uk, InfoMaterialText En)[] Seeds(Office.OfficeProfile office) =>
    [
        (InfoMaterialRules.EasyToRead, "Informacja o urzędzie w tekście łatwym do czytania", EasyToReadText(office), 12, false,
            new("Інформація про управу простою мовою", EasyToReadTextUk(office)), new("Information about the office in easy-to-read language", EasyToReadTextEn(office))),
        (InfoMaterialRules.AccessibilityStatement, "Deklaracja dostępności", StatementText(office), 12, true,
            new("Заява про доступність", StatementTextUk(office)), new("Accessibility statement", StatementTextEn(office))),
    ];

    /// <summary>A Polish name or address inside a translation, marked so that the page says it in Polish (see <see cref="Languages.PolishParts"/>).</summary>
    private static string Pl(string text) => "[pl]" + text + "[/pl]";

    private static string? WebsiteText(Office.OfficeProfile office) =>
        office.Website is { Length: > 0 } w ? w.Replace("https://", "", StringComparison.Ordinal).Replace("http://", "", StringComparison.Ordinal).TrimEnd('/') : null;

    /// <summary>The easy-to-read text in Ukrainian: the same facts as the Polish one, in short plain sentences.</summary>
    public static string EasyToReadTextUk(Office.OfficeProfile office)
    {
        ArgumentNullException.ThrowIfNull(office);
        var main = MainBuilding(office);
        var uk = System.Globalization.CultureInfo.GetCultureInfo("uk-UA");
        var lines = new List<string>
        {
            "## Що робить управа",
            $"{Pl(office.Name)} – це управа міста і гміни. Вона допомагає мешканцям.",
            "Управою керує бурмістр.",
            "Бурмістрові допомагає заступник бурмістра.",
            "В управі працюють службовці.",
            "Службовці вирішують справи мешканців.",
            "",
            "## Які справи можна вирішити в управі",
            "В управі Ви можете, наприклад:",
            "- зареєструвати або зняти з реєстрації місце проживання,",
            "- подати заяву на посвідчення особи,",
            "- зареєструвати народження дитини,",
            "- домовитися про дату шлюбу,",
            "- отримати свідоцтво про народження, про шлюб або про смерть,",
            "- сплатити податок за будинок або за землю,",
            "- подати декларацію про відходи, тобто про сміття,",
            "- запитати про земельну ділянку, дорогу або будівництво,",
            "- подати скаргу або пропозицію.",
            "",
            "## Де знаходиться управа",
        };
        if (office.Buildings.Count == 1 && main is not null)
            lines.Add($"Управа знаходиться за адресою: {Pl(main.Address)}.");
        else
        {
            lines.Add($"Управа має кілька будинків: {office.Buildings.Count.ToString(uk)}.");
            if (main is not null) lines.Add($"Головний будинок знаходиться за адресою: {Pl(main.Address)}.");
            foreach (var other in office.Buildings.Where(x => x != main))
                lines.Add($"Будинок {Pl(other.Name)} знаходиться за адресою: {Pl(other.Address)}.");
        }
        lines.Add("У кожному будинку є інформаційна дошка.");
        lines.Add("На дошці написано, в якому кабінеті вирішують Вашу справу.");
        if (main is { Hours.Count: > 0 })
        {
            lines.Add("");
            lines.Add("## Коли управа відкрита");
            foreach (var h in main.Hours)
                lines.Add(string.Create(uk, $"- {uk.DateTimeFormat.GetDayName(h.Day)}: з {h.Opens:H\\:mm} до {h.Closes:H\\:mm},"));
            lines[^1] = lines[^1].TrimEnd(',') + ".";
            lines.Add(main.Hours.Any(h => h.Day is DayOfWeek.Saturday or DayOfWeek.Sunday)
                ? "У святкові дні управа зачинена."
                : "У суботу, у неділю і у святкові дні управа зачинена.");
        }
        lines.AddRange(
        [
            "",
            "## Як вирішити справу",
            "- Прийдіть до управи або зателефонуйте.",
            "- Подивіться на дошці, до якого кабінету йти.",
            "- Якщо не знаєте, запитайте будь-якого працівника управи.",
            "- Службовець скаже Вам, які документи потрібні.",
            "- Іноді треба заповнити заяву. Службовець допоможе її заповнити.",
            "- Візьміть із собою документ, що посвідчує особу.",
            "- Службовці говорять польською мовою. Можете прийти з людиною, яка Вам перекладе.",
            "",
            "## Як написати до управи",
        ]);
        if (main is not null)
        {
            lines.Add("Ви можете надіслати лист на адресу:");
            lines.Add($"{Pl(office.Name + ", " + main.Address)}.");
        }
        lines.Add("Ви можете також принести лист до управи.");
        lines.Add("Ви можете надіслати лист через інтернет, через платформу ePUAP.");
        var website = WebsiteText(office);
        lines.Add(website is null ? "Номери телефонів і адреси електронної пошти є на дошці в управі." : $"Номери телефонів і адреси електронної пошти є на сайті {website}.");
        lines.AddRange(
        [
            "",
            "## Якщо Ви погано чуєте або не чуєте",
            "Ви можете прийти до управи з перекладачем мови жестів.",
            "Скажіть нам про це за 3 робочі дні.",
            "Ви можете також написати нам електронного листа.",
            "",
            "## Якщо Ви погано бачите або не бачите",
            "Ви можете прийти до управи з собакою-помічником.",
            "Службовець прочитає Вам документ і допоможе його заповнити.",
            "",
            "## Скарги і пропозиції",
            "Якщо Вам щось не подобається, Ви можете подати скаргу.",
            "Якщо Ви знаєте, що можна зробити краще, Ви можете подати пропозицію.",
            "Бурмістр і заступник бурмістра приймають мешканців у справах скарг і пропозицій.",
            "Дні і години прийому є на дошці в управі.",
            "",
            "## Скажіть нам, що Ви думаєте",
            "Після того як Ви вирішите справу, Ви можете заповнити коротку анкету.",
            "В анкеті немає Вашого імені і прізвища.",
            "Анкету можна заповнити на сайті управи. Вона є також українською мовою.",
            "Ви можете також заповнити анкету на папері.",
        ]);
        var boxes = office.SurveyBoxes.Select(x => x.Name + ", " + x.Address).Distinct(StringComparer.Ordinal).ToList();
        if (boxes.Count > 0) lines.Add("Покладіть її до скриньки в управі: " + string.Join(" або ", boxes.Select(Pl)) + ".");
        return string.Join("\n", lines);
    }

    /// <summary>The easy-to-read text in English: the same facts as the Polish one, in short plain sentences.</summary>
    public static string EasyToReadTextEn(Office.OfficeProfile office)
    {
        ArgumentNullException.ThrowIfNull(office);
        var main = MainBuilding(office);
        var en = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        var lines = new List<string>
        {
            "## What the office does",
            $"{Pl(office.Name)} is the town and commune office. It helps the people who live here.",
            "The Mayor runs the office.",
            "The Deputy Mayor helps the Mayor.",
            "Officials work in the office.",
            "Officials deal with the matters of the people who live here.",
            "",
            "## What you can do at the office",
            "At the office you can, for example:",
            "- register where you live, or end the registration,",
            "- apply for an identity card,",
            "- register the birth of a child,",
            "- set the date of a wedding,",
            "- get a birth certificate, a marriage certificate or a death certificate,",
            "- pay the tax on a house or on land,",
            "- hand in the waste declaration, about your rubbish,",
            "- ask about a plot of land, a road or building work,",
            "- make a complaint or a request.",
            "",
            "## Where the office is",
        };
        if (office.Buildings.Count == 1 && main is not null)
            lines.Add($"The office is at this address: {Pl(main.Address)}.");
        else
        {
            lines.Add($"The office has {office.Buildings.Count.ToString(en)} buildings.");
            if (main is not null) lines.Add($"The main building is at this address: {Pl(main.Address)}.");
            foreach (var other in office.Buildings.Where(x => x != main))
                lines.Add($"The building {Pl(other.Name)} is at this address: {Pl(other.Address)}.");
        }
        lines.Add("There is a board in every building.");
        lines.Add("The board tells you which room to go to.");
        if (main is { Hours.Count: > 0 })
        {
            lines.Add("");
            lines.Add("## When the office is open");
            foreach (var h in main.Hours)
                lines.Add(string.Create(en, $"- {en.DateTimeFormat.GetDayName(h.Day)}: from {h.Opens:H\\:mm} to {h.Closes:H\\:mm},"));
            lines[^1] = lines[^1].TrimEnd(',') + ".";
            lines.Add(main.Hours.Any(h => h.Day is DayOfWeek.Saturday or DayOfWeek.Sunday)
                ? "The office is closed on public holidays."
                : "The office is closed on Saturdays, Sundays and public holidays.");
        }
        lines.AddRange(
        [
            "",
            "## How to get something done",
            "- Come to the office or phone.",
            "- Look at the board to find your room.",
            "- If you do not know, ask anyone who works at the office.",
            "- The official tells you which documents you need.",
            "- Sometimes you need to fill in a form. The official helps you fill it in.",
            "- Bring your identity card or passport.",
            "- The officials speak Polish. You can come with someone who translates for you.",
            "",
            "## How to write to the office",
        ]);
        if (main is not null)
        {
            lines.Add("You can send a letter to this address:");
            lines.Add($"{Pl(office.Name + ", " + main.Address)}.");
        }
        lines.Add("You can also bring a letter to the office.");
        lines.Add("You can send a letter over the internet, through the ePUAP platform.");
        var website = WebsiteText(office);
        lines.Add(website is null ? "Phone numbers and e-mail addresses are on the board at the office." : $"Phone numbers and e-mail addresses are on the website {website}.");
        lines.AddRange(
        [
            "",
            "## If you hear badly or cannot hear",
            "You can come to the office with a sign language interpreter.",
            "Tell us 3 working days before.",
            "You can also write us an e-mail.",
            "",
            "## If you see badly or cannot see",
            "You can come to the office with an assistance dog.",
            "The official reads the document to you and helps you fill it in.",
            "",
            "## Complaints and requests",
            "If you do not like something, you can make a complaint.",
            "If you have an idea how to do something better, you can make a request.",
            "The Mayor and the Deputy Mayor meet people about complaints and requests.",
            "The days and hours of these meetings are on the board at the office.",
            "",
            "## Tell us what you think",
            "After your visit you can fill in a short survey.",
            "The survey does not ask for your name.",
            "You can fill in the survey on the office's website. It is also in English.",
            "You can also fill in the survey on paper.",
        ]);
        var boxes = office.SurveyBoxes.Select(x => x.Name + ", " + x.Address).Distinct(StringComparer.Ordinal).ToList();
        if (boxes.Count > 0) lines.Add("Put it in a box at the office: " + string.Join(" or ", boxes.Select(Pl)) + ".");
        return string.Join("\n", lines);
    }

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

    public static string StatementTextUk(Office.OfficeProfile office)
    {
        ArgumentNullException.ThrowIfNull(office);
        var lines = new List<string>();
        foreach (var b in office.Buildings)
        {
            lines.Add($"### {Pl(b.Name + ", " + b.Address)}");
            lines.Add("- До будинку можна увійти із собакою-помічником і собакою-поводирем.");
            lines.Add("- Можна прийти з перекладачем польської мови жестів; просимо повідомити про це щонайменше за 3 робочі дні.");
            lines.Add("- Про вхід до будинку, пандуси і ліфти, туалети та місця паркування для людей з інвалідністю інформує координатор з питань доступності.");
            lines.Add("");
        }
        return string.Join("\n", lines).TrimEnd('\n');
    }

    public static string StatementTextEn(Office.OfficeProfile office)
    {
        ArgumentNullException.ThrowIfNull(office);
        var lines = new List<string>();
        foreach (var b in office.Buildings)
        {
            lines.Add($"### {Pl(b.Name + ", " + b.Address)}");
            lines.Add("- You may enter the building with an assistance dog or a guide dog.");
            lines.Add("- You may come with a Polish Sign Language interpreter; please let us know at least 3 working days before.");
            lines.Add("- The accessibility coordinator gives information about the entrance, ramps and lifts, toilets and parking spaces for people with disabilities.");
            lines.Add("");
        }
        return string.Join("\n", lines).TrimEnd('\n');
    }
}
